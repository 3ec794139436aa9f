// CB701-CB710: procedures as data and records as filled forms. An SOP's steps agree with its RACI and
// its forms; a record's values fit its template and state what the template computes; the records of
// each case follow the procedure's steps, order, time limits and gates.
import type { Rule } from '../../schema/index.ts';
import { validDocs } from '../corpus.ts';
import { locate } from '../locate.ts';
import { problem } from '../problem.ts';
import type { Problem } from '../problem.ts';
import { breaches, processInstances } from '../process.ts';
import { findingsAsOf, recordedBreaches } from '../findings.ts';
import type { Limit } from '../process.ts';
import { computedProblems, recordResultsProblems, recordValueProblems, resultDeviations } from '../forms.ts';
import type { CheckContext } from './context.ts';

const limitText = (l: Limit) => `${l.value} ${l.unit.replace('_', ' ')}${l.rule ? ` (${l.rule})` : ''}`;

export function checkProcess({ corpus, graph, asOf }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const rules = new Map<string, Rule>((corpus.rules?.data.rules ?? []).map((r) => [r.id, r]));
  for (const sop of validDocs(corpus)) {
    if (sop.type !== 'sop' || sop.data.steps.length === 0) continue;
    const raci = new Map(sop.data.roles.map((r) => [r.role, r.raci.split('/')]));
    sop.data.steps.forEach((step, i) => {
      const at = (...path: (string | number)[]) => locate(sop.source, ['steps', i, ...path]);
      if (step.n !== i + 1) problems.push(problem('CB703', at('n'), { kind: 'number', id: sop.id, n: step.n, expected: i + 1 }));
      if (step.after !== undefined && step.after >= step.n) problems.push(problem('CB703', at('after'), { kind: 'after', id: sop.id, n: step.n, after: step.after }));
      step.forms.forEach((form, j) => {
        if (!sop.data.templates.includes(form)) problems.push(problem('CB703', at('forms', j), { kind: 'form', id: sop.id, n: step.n, form }));
      });
      // Who does a step, and who takes its decision, answers for it: R or A, never only C or I.
      const answers = (role: string) => raci.get(role)?.some((l) => l === 'R' || l === 'A') ?? false;
      if (!answers(step.owner)) problems.push(problem('CB701', at('owner'), { id: sop.id, n: step.n, role: step.owner, does: 'owns', raci: raci.get(step.owner)?.join('/') }));
      if (step.gate && !answers(step.gate.by)) problems.push(problem('CB701', at('gate', 'by'), { id: sop.id, n: step.n, role: step.gate.by, does: 'decides', raci: raci.get(step.gate.by)?.join('/') }));
    });
    sop.data.roles.forEach((role, i) => {
      if (!role.raci.split('/').includes('A')) return;
      const acts = sop.data.steps.some((s) => s.owner === role.role || s.gate?.by === role.role);
      if (!acts) problems.push(problem('CB702', locate(sop.source, ['roles', i, 'role']), { id: sop.id, role: role.role }));
    });
  }
  for (const template of validDocs(corpus)) {
    if (template.type !== 'template') continue;
    for (const { path, key, problem: what } of computedProblems(template.data, rules)) {
      problems.push(problem('CB710', locate(template.source, path), { id: template.id, key, problem: what }));
    }
  }
  for (const record of graph.evidence.values()) {
    const template = graph.docs.get(record.data.produced_by);
    if (template?.type !== 'template') continue;
    const base = { id: record.id, template: template.id, instance: record.data.instance, step: record.data.step };
    const { values, results } = record.data;
    const issues = [...(values ? recordValueProblems(values, template.data, rules) : []), ...(results ? recordResultsProblems(results, template.data) : [])];
    for (const issue of issues) problems.push(problem('CB704', locate(record.source, issue.path), { id: record.id, template: template.id, ...issue.args }));
    for (const { path, ...deviation } of resultDeviations(record.data, template.data, rules)) problems.push(problem('CB705', locate(record.source, path), { ...base, ...deviation }));
  }
  // A breach a finding records is answered: the findings register follows it to closure.
  const recorded = new Set(findingsAsOf(corpus, asOf).flatMap((f) => recordedBreaches(f.data)));
  for (const instance of processInstances(corpus, graph)) {
    const base = { instance: instance.instance, sop: instance.sop.id };
    for (const b of breaches(instance, rules)) {
      if (b.kind === 'result') continue; // CB705, reported at the record
      if (recorded.has(`${instance.instance}#${instance.sop.id}#${b.step.n}`)) continue;
      const step = { n: b.step.n, title: b.step.title };
      if (b.kind === 'missing') {
        const anchor = instance.caseDoc ?? instance.sop;
        problems.push(problem('CB706', locate(anchor.source, ['id']), { ...base, ...step }));
      } else if (b.kind === 'order') {
        problems.push(problem('CB707', locate(b.record.source, ['step']), { ...base, ...step, record: b.record.id, at: b.at, before: b.before.n, beforeAt: b.beforeAt }));
      } else if (b.kind === 'late') {
        problems.push(problem('CB708', locate(b.record.source, ['step']), { ...base, ...step, record: b.record.id, limit: limitText(b.limit), measured: `${b.measured} ${b.limit.unit.replace('_', ' ')}`, from: b.from, at: b.at }));
      } else {
        problems.push(problem('CB709', locate(b.record.source, b.actual ? ['decided_by'] : ['step']), { ...base, ...step, record: b.record.id, expected: b.expected, actual: b.actual }));
      }
    }
  }
  return problems;
}

// CB601-CB606: rules cited by id, cited where they are defined, not contradicted by values written out,
// grades from their vocabulary, one value per subject, and no directive but `:rule[…]`.
import { validDocs } from '../corpus.ts';
import { locate } from '../locate.ts';
import { problem } from '../problem.ts';
import type { Problem } from '../problem.ts';
import { mentionUnit, mentions, numericValue, ruleCitations, ruleSubject, sentences, statedValues, writtenValue } from '../rules.ts';
import { suggest } from '../suggest.ts';
import type { Rule } from '../../schema/index.ts';
import type { CheckContext } from './context.ts';

export function checkRules({ corpus, graph }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const rules = corpus.rules?.data.rules ?? [];
  const byId = new Map(rules.map((r) => [r.id, r]));
  const docs = validDocs(corpus);
  const citedBy = new Map<string, Set<string>>();
  // Where each rule's defining document cites it: a contradiction names that place too.
  const definedAt = new Map<string, string>();
  for (const doc of docs) {
    for (const c of ruleCitations(doc)) {
      const rule = byId.get(c.id);
      if (!rule) {
        problems.push(problem('CB601', c, { id: c.id, guess: suggest(c.id, byId.keys()) }));
        continue;
      }
      citedBy.set(c.id, (citedBy.get(c.id) ?? new Set()).add(doc.id));
      if (rule.defined_by === doc.id && !definedAt.has(c.id)) definedAt.set(c.id, `${c.file}:${c.line}:${c.column}`);
    }
  }

  for (const doc of docs) {
    for (const d of doc.body.directives) {
      if (d.name !== 'rule' || d.kind !== 'text') problems.push(problem('CB606', { file: doc.file, line: d.line, column: d.column }, { name: d.name, kind: d.kind }));
    }
    // A sentence about a rule that writes a number in its unit, other than the rule's value, and does not cite it.
    for (const sentence of sentences(doc)) {
      for (const rule of rules) {
        const unit = mentionUnit(rule);
        const value = numericValue(rule);
        if (!rule.mentions || unit === undefined || value === undefined || !mentions(sentence.text, rule.mentions.terms)) continue;
        if (sentence.text.includes(`:rule[${rule.id}]`)) continue;
        for (const stated of statedValues(sentence.text, unit)) {
          if (stated.value === value) continue;
          problems.push(problem('CB603', { file: doc.file, line: sentence.line, column: sentence.column + stated.offset }, { stated: stated.text, id: rule.id, definedBy: rule.defined_by, value: writtenValue(rule), definedAt: definedAt.get(rule.id) }));
        }
      }
    }
    // A select field that takes its grades from a vocabulary offers only those grades.
    if (doc.type === 'template') {
      doc.data.fields.forEach((field, i) => {
        const rule = field.rule ? byId.get(field.rule) : undefined;
        if (rule?.type !== 'vocabulary') return;
        const grades = rule.grades.map((g) => g.term);
        (field.options ?? []).forEach((term, j) => {
          if (!grades.includes(term)) problems.push(problem('CB604', locate(doc.source, ['fields', i, 'options', j]), { term, id: rule.id, grades }));
        });
      });
    }
  }

  const source = corpus.rules?.source;
  if (!source) return problems;
  const subjects = new Map<string, Rule>();
  rules.forEach((rule, i) => {
    const at = (field: string) => locate(source, ['rules', i, field]);
    const definer = graph.docs.get(rule.defined_by);
    if (!definer) problems.push(problem('CB602', at('defined_by'), { kind: 'unknown', id: rule.id, doc: rule.defined_by, guess: suggest(rule.defined_by, graph.docs.keys()) }));
    else if (!citedBy.get(rule.id)?.has(rule.defined_by)) problems.push(problem('CB602', at('defined_by'), { kind: 'uncited', id: rule.id, doc: rule.defined_by }));
    const subject = ruleSubject(rule);
    if (subject === undefined) return;
    const other = subjects.get(subject);
    if (other && writtenValue(other) !== writtenValue(rule)) {
      problems.push(problem('CB605', at('mentions'), { id: rule.id, other: other.id, value: writtenValue(rule), otherValue: writtenValue(other) }));
    } else if (!other) subjects.set(subject, rule);
  });
  return problems;
}

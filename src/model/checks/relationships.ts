// CB801-CB810: the relationship register. Each relationship's gates close its stages in order, with the
// records and the decider its stage's procedure names; joint working has its joint parts; evaluations are
// on time and a selection below the threshold was approved anyway; the manager holds the role; an
// completed exit learns its lessons in time; records name relationships that exist.
import type { Rule } from '../../schema/index.ts';
import { validEvidence } from '../corpus.ts';
import { locate } from '../locate.ts';
import { problem, someOf } from '../problem.ts';
import type { Problem } from '../problem.ts';
import { dueAt } from '../process.ts';
import { RELATIONSHIP_RULES, evaluationScore, gatedStages, missingJointParts, nextEvaluation, relationshipDocs, stageProcedures } from '../relationships.ts';
import { suggest } from '../suggest.ts';
import type { CheckContext } from './context.ts';

export function checkRelationships({ corpus, graph, asOf }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const rules = new Map<string, Rule>((corpus.rules?.data.rules ?? []).map((r) => [r.id, r]));
  const standard = corpus.org?.data.standard ?? 'gbt40144';
  const holders = new Map((corpus.org?.data.people ?? []).map((p) => [p.id, p.roles]));
  const rels = relationshipDocs(corpus);
  // A stage's procedures are the same for every relationship: found once per stage, not once per relationship.
  // So are the documents whose records show it: the procedures and their forms.
  const procedures = new Map<number, ReturnType<typeof stageProcedures> & { producers: ReadonlySet<string> }>();
  const proceduresOf = (stage: number) => {
    let found = procedures.get(stage);
    if (!found) {
      const stated = stageProcedures(corpus, standard, stage, asOf);
      found = { ...stated, producers: new Set(stated.sops.flatMap((s) => [s.id, ...s.data.templates])) };
      procedures.set(stage, found);
    }
    return found;
  };
  for (const rel of rels) {
    const d = rel.data;
    const at = (...path: (string | number)[]) => locate(rel.source, path);
    // Gates close stages in order, each after the one before.
    d.gates.forEach((g, i) => {
      const before = d.gates[i - 1];
      if (before && (g.stage < before.stage || g.date < before.date)) problems.push(problem('CB801', at('gates', i), { kind: 'order', id: rel.id, stage: g.stage, date: g.date, before: before.stage, beforeDate: before.date }));
      if (g.decision === 'approved' && g.stage >= d.stage) problems.push(problem('CB801', at('gates', i, 'stage'), { kind: 'ahead', id: rel.id, stage: g.stage, date: g.date, current: d.stage }));
    });
    // Every stage before the current one is closed by an approved gate, decided by the role its procedure names,
    // on the records that procedure produces.
    const gated = gatedStages(corpus, d.class);
    for (let stage = 1; stage < d.stage; stage++) {
      if (!gated.includes(stage)) continue; // the class passes this stage without a gate
      const gate = d.gates.find((g) => g.stage === stage && g.decision === 'approved');
      const { clause, sops, gateRole, producers } = proceduresOf(stage);
      if (!gate) {
        problems.push(problem('CB802', at('stage'), { id: rel.id, current: d.stage, stage, clause: clause.split(':')[1]!, role: gateRole }));
        continue;
      }
      const i = d.gates.indexOf(gate);
      if (gateRole && gate.by !== gateRole) problems.push(problem('CB803', at('gates', i, 'by'), { id: rel.id, stage, by: gate.by, expected: gateRole, sop: sops.at(-1)!.id }));
      if (sops.length > 0) {
        const shown = gate.evidence.some((id) => producers.has(graph.evidence.get(id)?.data.produced_by ?? ''));
        if (!shown) problems.push(problem('CB804', at('gates', i, 'evidence'), { id: rel.id, stage, clause: clause.split(':')[1]!, producers: someOf([...producers]) }));
      }
    }
    const missing = missingJointParts(d);
    if (missing.length) problems.push(problem('CB805', at('stage'), { id: rel.id, stage: d.stage, missing }));
    // Periodic evaluations at the class's cadence.
    const next = nextEvaluation(d, graph, rules);
    if (next && next.due < asOf) problems.push(problem('CB806', at('evaluations'), { id: rel.id, cls: d.class, cadence: next.cadence, since: next.since, due: next.due, asOf }));
    // A selection below the threshold goes ahead only with a justified, approved override.
    const threshold = rules.get(RELATIONSHIP_RULES.selectionThreshold);
    d.evaluations.forEach((e, i) => {
      if (e.kind !== 'selection' || e.override || threshold?.type !== 'score') return;
      const score = evaluationScore(graph.evidence.get(e.record), d.partner.name, graph, rules);
      if (score !== undefined && score < threshold.value) problems.push(problem('CB807', at('evaluations', i), { id: rel.id, record: e.record, score, threshold: threshold.value, rule: threshold.id }));
    });
    // The manager holds the relationship-manager role.
    const roles = holders.get(d.manager);
    if (roles && !roles.includes('relationship-manager')) problems.push(problem('CB808', at('manager'), { id: rel.id, person: d.manager, roles }));
    // A completed exit learns its lessons within the exit procedure's limit, counted from its completion.
    const activated = d.exit.activated;
    const limit = rules.get(RELATIONSHIP_RULES.exitLessons);
    if (activated?.completed && limit?.type === 'duration') {
      const due = dueAt(activated.completed, { value: limit.value, unit: limit.unit });
      const lessons = activated.lessons ? graph.evidence.get(activated.lessons)?.data.date : undefined;
      if (lessons ? lessons > due : due < asOf) problems.push(problem('CB809', at('exit', 'activated'), { id: rel.id, completed: activated.completed, due, lessons, limit: `${limit.value} ${limit.unit.replace('_', ' ')}` }));
    }
  }
  // Records that name a relationship name one that exists.
  const ids = new Set(rels.map((r) => r.id));
  const known = new Set([...ids, ...graph.docIds]);
  for (const record of validEvidence(corpus)) {
    const instance = record.data.instance;
    if (instance?.startsWith('REL-') && !known.has(instance)) problems.push(problem('CB810', locate(record.source, ['instance']), { record: record.id, id: instance, guess: suggest(instance, ids) }));
  }
  return problems;
}

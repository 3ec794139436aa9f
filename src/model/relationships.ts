// The relationship register: each collaborative relationship's lifecycle (stage n is clause 8.(n+1)), the
// records each of its parts rests on, its evaluations' scores (computed by their forms), and what falls
// due next. Checks (checks/relationships.ts), coverage and the site view read this; nothing is derived twice.
import type { Relationship, Rule } from '../schema/index.ts';
import type { Corpus, ValidDoc } from './corpus.ts';
import { validDocs } from './corpus.ts';
import { addMonths } from './dates.ts';
import type { Graph, ValidEvidence } from './graph.ts';
import { filledForm } from './forms.ts';
import { isInForce } from './states.ts';

export type RelationshipDoc = Extract<ValidDoc, { type: 'relationship' }>;

/** The rules the register reads: evaluation cadence per class, the selection threshold, the exit's lessons limit. */
export const RELATIONSHIP_RULES = {
  cadence: (cls: Relationship["class"]) => `relationship.evaluation.cadence.${cls.toLowerCase()}`,
  selectionThreshold: 'partner.selection.recommend_score',
  exitLessons: 'relationship.exit.lessons',
} as const;

/** Stage n's clause: 8.(n+1) of the standard. */
export const stageClause = (standard: string, stage: number) => `${standard}:8.${stage + 1}`;

/** Every evidence id a relationship names, with where (for messages) and what for. */
export function relationshipRecords(d: Relationship): { id: string; path: (string | number)[]; part: 'gate' | 'arrangements' | 'plan' | 'governance' | 'risks' | 'exit' | 'evaluation' | 'contract' }[] {
  const out: ReturnType<typeof relationshipRecords> = [];
  d.gates.forEach((g, i) => g.evidence.forEach((id, j) => out.push({ id, path: ['gates', i, 'evidence', j], part: 'gate' })));
  if (d.contract?.record) out.push({ id: d.contract.record, path: ['contract', 'record'], part: 'contract' });
  if (d.arrangements) out.push({ id: d.arrangements.record, path: ['arrangements', 'record'], part: 'arrangements' });
  if (d.plan) out.push({ id: d.plan.record, path: ['plan', 'record'], part: 'plan' });
  if (d.governance) out.push({ id: d.governance, path: ['governance'], part: 'governance' });
  if (d.risks) out.push({ id: d.risks.record, path: ['risks', 'record'], part: 'risks' });
  if (d.exit.initial) out.push({ id: d.exit.initial, path: ['exit', 'initial'], part: 'exit' });
  if (d.exit.joint) out.push({ id: d.exit.joint, path: ['exit', 'joint'], part: 'exit' });
  if (d.exit.activated) {
    out.push({ id: d.exit.activated.record, path: ['exit', 'activated', 'record'], part: 'exit' });
    if (d.exit.activated.lessons) out.push({ id: d.exit.activated.lessons, path: ['exit', 'activated', 'lessons'], part: 'exit' });
  }
  d.evaluations.forEach((e, i) => {
    out.push({ id: e.record, path: ['evaluations', i, 'record'], part: 'evaluation' });
    if (e.override) out.push({ id: e.override.record, path: ['evaluations', i, 'override', 'record'], part: 'evaluation' });
  });
  return out;
}

/** The relationships of the corpus. */
export const relationshipDocs = (corpus: Corpus): RelationshipDoc[] => validDocs(corpus).filter((d): d is RelationshipDoc => d.type === 'relationship');

/** The stages a relationship of its class goes through with a gate (org.yaml `relationship_classes`; all eight when its class is not listed). */
export function gatedStages(corpus: Corpus, cls: Relationship['class']): readonly number[] {
  return corpus.org?.data.relationship_classes.find((c) => c.class === cls)?.stages ?? [1, 2, 3, 4, 5, 6, 7, 8];
}

/** What joint working (stage 5 on) requires, and which of it a relationship lacks. */
export const JOINT_PARTS = ['governance', 'plan', 'risks', 'exit'] as const;
export function missingJointParts(d: Relationship): (typeof JOINT_PARTS)[number][] {
  if (d.stage < 5) return [];
  return JOINT_PARTS.filter((part) =>
    part === 'governance' ? !d.governance : part === 'plan' ? !d.plan?.joint : part === 'risks' ? !d.risks?.joint : !d.exit.joint,
  );
}

/** The in-force SOPs that implement a stage's clause and have steps, and the role their last gate names. */
export function stageProcedures(corpus: Corpus, standard: string, stage: number, asOf: string) {
  const clause = stageClause(standard, stage);
  const sops = validDocs(corpus).filter((d): d is Extract<ValidDoc, { type: 'sop' }> => d.type === 'sop' && d.data.clauses.includes(clause) && d.data.steps.length > 0 && isInForce(d, asOf));
  const gateRole = sops.flatMap((s) => s.data.steps.filter((step) => step.gate).map((step) => step.gate!.by)).at(-1);
  return { clause, sops, gateRole };
}

/** An evaluation's score: what its record's form computes (a summary's row for the partner, else its one row). */
export function evaluationScore(record: ValidEvidence | undefined, partner: string, graph: Graph, rules: ReadonlyMap<string, Rule>): number | undefined {
  if (!record) return undefined;
  const template = graph.docs.get(record.data.produced_by);
  if (template?.type !== 'template') return undefined;
  const form = filledForm(record.data, template.id, template.data, rules);
  if (!form) return undefined;
  if (form.results) {
    const row = form.results.rows.find((r) => r.subject === partner) ?? (form.results.rows.length === 1 ? form.results.rows[0] : undefined);
    return row?.expected;
  }
  return form.computed[0]?.expected;
}

/** One stage of the strip: passed (before the current one; `gate` is the approved gate that closed it), current, agreed in the contract, or not reached. */
export interface StageState {
  readonly stage: number;
  readonly clause: string;
  readonly state: 'passed' | 'current' | 'agreed' | 'future';
  readonly gate: Relationship['gates'][number] | undefined;
  /** Whether the relationship's class goes through this stage with a gate. */
  readonly gated: boolean;
}

export function stageStrip(d: Relationship, standard: string, gated: readonly number[]): StageState[] {
  return [1, 2, 3, 4, 5, 6, 7, 8].map((stage) => {
    const gate = d.gates.filter((g) => g.stage === stage && g.decision === 'approved').at(-1);
    const state = stage === d.stage ? 'current' : stage < d.stage ? 'passed' : d.arrangements?.stages.includes(stage) ? 'agreed' : 'future';
    return { stage, clause: stageClause(standard, stage), state, gate, gated: gated.includes(stage) };
  });
}

/** The evaluations of a relationship with their dates and computed scores, oldest first. */
export function evaluationSeries(d: Relationship, graph: Graph, rules: ReadonlyMap<string, Rule>) {
  return d.evaluations
    .map((e) => {
      const record = graph.evidence.get(e.record);
      return { ...e, date: record?.data.date, score: evaluationScore(record, d.partner.name, graph, rules) };
    })
    .sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : 1));
}

/** When the next periodic evaluation (performance review) falls due: the class's cadence after the last one, else after selection closed (stage 5 began), the agreement began, or the entry took effect. */
export function nextEvaluation(d: Relationship, graph: Graph, rules: ReadonlyMap<string, Rule>): { due: string; cadence: number; since: string } | undefined {
  const rule = rules.get(RELATIONSHIP_RULES.cadence(d.class));
  if (rule?.type !== 'duration' || rule.unit !== 'months' || d.stage < 5 || d.exit.activated) return undefined;
  const last = d.evaluations
    .filter((e) => e.kind === 'performance')
    .map((e) => graph.evidence.get(e.record)?.data.date)
    .filter((x): x is string => x !== undefined)
    .sort()
    .at(-1);
  // Without a review yet: from the end of selection, else the agreement, else the register entry itself.
  const since = last ?? d.gates.find((g) => g.stage === 4 && g.decision === 'approved')?.date ?? d.contract?.start ?? d.contract?.signed ?? d.effective;
  return since ? { due: addMonths(since, rule.value), cadence: rule.value, since } : undefined;
}

/** Records each relationship's gates and evaluations add to a lifecycle clause's evidence, by record id. */
export function impliedClauses(corpus: Corpus, standard: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (id: string, clause: string) => out.set(id, [...new Set([...(out.get(id) ?? []), clause])]);
  for (const rel of relationshipDocs(corpus)) {
    for (const g of rel.data.gates) if (g.decision === 'approved') for (const id of g.evidence) add(id, stageClause(standard, g.stage));
    for (const e of rel.data.evaluations) add(e.record, stageClause(standard, e.kind === 'selection' ? 4 : 7));
  }
  return out;
}

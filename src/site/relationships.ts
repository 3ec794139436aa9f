// The site's view of the relationship register: each published relationship with its stage strip, gates,
// evaluations (scores computed by their forms), maturity profile and what falls due, and the portfolio
// by stage and class. Only published records appear: a withheld record leaves no id, date or score.
import type { Graph } from '../model/graph.ts';
import type { Corpus } from '../model/corpus.ts';
import { filledForm } from '../model/forms.ts';
import { JOINT_PARTS, RELATIONSHIP_RULES, evaluationSeries, gatedStages, missingJointParts, nextEvaluation, relationshipDocs, stageStrip } from '../model/relationships.ts';
import type { RelationshipDoc, StageState } from '../model/relationships.ts';
import { RELATIONSHIP_CLASSES } from '../schema/index.ts';
import type { Evaluation, Gate, Rule } from '../schema/index.ts';

export interface RelationshipView {
  readonly doc: RelationshipDoc;
  /** The eight stages with their state and the approved gate that closed each (its published records only). */
  readonly strip: readonly (Omit<StageState, 'gate'> & { readonly gate: (Gate & { readonly evidence: readonly string[] }) | undefined; readonly title: string })[];
  /** Every gate decision in order, with its published records. */
  readonly gates: readonly (Gate & { readonly evidence: readonly string[] })[];
  /** Published evaluations, oldest first, each with its date and the score its form computes. */
  readonly evaluations: readonly { readonly kind: Evaluation['kind']; readonly record: string; readonly date: string; readonly score: number | undefined; readonly override: boolean }[];
  /** The latest published maturity assessment's scores by field, with the form's labels. */
  readonly maturity: { readonly record: string; readonly date: string; readonly scores: readonly { readonly label: string; readonly score: number }[] } | undefined;
  /** The next periodic evaluation and whether it is overdue. */
  readonly next: { readonly due: string; readonly cadence: number; readonly since: string; readonly overdue: boolean } | undefined;
  /** The selection threshold score (a rule), drawn on the score trend. */
  readonly threshold: number | undefined;
  /** What joint working (stage 5 on) lacks. */
  readonly missing: readonly (typeof JOINT_PARTS)[number][];
  /** Records of the plan, governance, joint risks, exit and contract, when published. */
  readonly parts: { readonly [K in 'plan' | 'governance' | 'risks' | 'initialExit' | 'jointExit' | 'exitDecision' | 'lessons' | 'contract' | 'arrangements']?: string };
}

/** How many relationships are at each stage in each class: the portfolio for management. */
export type Portfolio = readonly { readonly cls: (typeof RELATIONSHIP_CLASSES)[number]; readonly byStage: readonly number[] }[];

export function relationshipViews(corpus: Corpus, graph: Graph, rules: ReadonlyMap<string, Rule>, asOf: string): { relationships: Map<string, RelationshipView>; portfolio: Portfolio } {
  const standard = corpus.org?.data.standard ?? 'gbt40144';
  const published = (id: string | undefined) => (id && graph.evidence.has(id) ? id : undefined);
  const withRecords = (g: Gate) => ({ ...g, evidence: g.evidence.filter((id) => graph.evidence.has(id)) });
  const relationships = new Map<string, RelationshipView>();
  const rule = rules.get(RELATIONSHIP_RULES.selectionThreshold);
  const threshold = rule?.type === 'score' ? rule.value : undefined;
  for (const doc of relationshipDocs(corpus)) {
    const d = doc.data;
    const strip = stageStrip(d, standard, gatedStages(corpus, d.class)).map((s) => ({ ...s, gate: s.gate && withRecords(s.gate), title: graph.clauses.get(s.clause)?.title_zh ?? s.clause }));
    const evaluations = evaluationSeries(d, graph, rules).flatMap((e) => (graph.evidence.has(e.record) && e.date ? [{ kind: e.kind, record: e.record, date: e.date, score: e.score, override: e.override !== undefined }] : []));
    const latestMaturity = evaluations.filter((e) => e.kind === 'maturity').at(-1);
    const next = nextEvaluation(d, graph, rules);
    relationships.set(doc.id, {
      doc,
      strip,
      gates: d.gates.map(withRecords),
      evaluations,
      maturity: latestMaturity && maturityScores(graph, rules, latestMaturity.record, latestMaturity.date),
      next: next && { ...next, overdue: next.due < asOf },
      threshold,
      missing: missingJointParts(d),
      parts: {
        plan: published(d.plan?.record), governance: published(d.governance), risks: published(d.risks?.record),
        initialExit: published(d.exit.initial), jointExit: published(d.exit.joint), exitDecision: published(d.exit.activated?.record),
        lessons: published(d.exit.activated?.lessons), contract: published(d.contract?.record), arrangements: published(d.arrangements?.record),
      },
    });
  }
  const portfolio = RELATIONSHIP_CLASSES.map((cls) => ({
    cls,
    byStage: [1, 2, 3, 4, 5, 6, 7, 8].map((stage) => [...relationships.values()].filter((r) => r.doc.data.class === cls && r.doc.data.stage === stage).length),
  }));
  return { relationships, portfolio };
}

/** A maturity record's score fields (Annex D dimensions) with their labels, in the form's order. */
function maturityScores(graph: Graph, rules: ReadonlyMap<string, Rule>, id: string, date: string): RelationshipView['maturity'] {
  const record = graph.evidence.get(id);
  const template = record && graph.docs.get(record.data.produced_by);
  if (!record || template?.type !== 'template') return undefined;
  const form = filledForm(record.data, template.id, template.data, rules);
  const fields = new Map(template.data.fields.map((f) => [f.key, f]));
  const scores = (form?.values ?? []).flatMap((v) => (fields.get(v.key)?.type === 'score' && typeof v.value === 'number' ? [{ label: v.label, score: v.value }] : []));
  return scores.length ? { record: id, date, scores } : undefined;
}

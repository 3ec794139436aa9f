// The risk register as its pages show it: each published risk with its status as of the build's date,
// the inherent and residual heat maps, the level of each cell of the matrix, and the facets the register
// is filtered by. Only what the profile publishes: a withheld relationship or record leaves no id here.
import type { RiskLevel } from '../schema/index.ts';
import type { Corpus } from '../model/corpus.ts';
import type { Graph } from '../model/graph.ts';
import { heatMap, levelOf, riskContext, riskStatus, risksAsOf } from '../model/risks.ts';
import type { Matrix, RiskEntry, RiskStatus } from '../model/risks.ts';

export interface RiskView {
  readonly entry: RiskEntry;
  readonly status: RiskStatus;
  /** Its relationship and register record, when published. */
  readonly relationship: string | undefined;
  readonly record: string | undefined;
}

export interface RiskRegisterView {
  readonly matrix: Matrix | undefined;
  /** Published risks identified by the build's date, highest current score first. */
  readonly risks: readonly RiskView[];
  /** Counts by [likelihood-1][impact-1]. */
  readonly inherent: readonly (readonly number[])[];
  readonly residual: readonly (readonly number[])[];
  /** The level of each cell, [likelihood-1][impact-1]. */
  readonly cellLevels: readonly (readonly RiskLevel[])[];
}

/** The published risk register as of `asOf`. */
export function riskRegisterView(corpus: Corpus, graph: Graph, asOf: string): RiskRegisterView {
  const { rules, matrix, people } = riskContext(corpus);
  if (!matrix) return { matrix, risks: [], inherent: heatMap([]), residual: heatMap([]), cellLevels: [] };
  const risks = risksAsOf(corpus, asOf)
    .map((entry) => ({
      entry,
      status: riskStatus(entry.data, matrix, rules, people, asOf),
      relationship: entry.data.relationship && graph.docs.has(entry.data.relationship) ? entry.data.relationship : undefined,
      record: graph.evidence.has(entry.data.record) ? entry.data.record : undefined,
    }))
    .sort((a, b) => b.status.current.score - a.status.current.score || a.entry.id.localeCompare(b.entry.id));
  const open = risks.filter((r) => r.status.state !== 'closed');
  return {
    matrix,
    risks,
    inherent: heatMap(open.map((r) => r.entry.data.inherent)),
    residual: heatMap(open.map((r) => r.entry.data.residual ?? r.entry.data.inherent)),
    cellLevels: Array.from({ length: 5 }, (_, l) => Array.from({ length: 5 }, (_, i) => levelOf(matrix, (l + 1) * (i + 1)))),
  };
}

/** The facets the register is filtered by on pre-rendered pages; `inherent` and `residual` are heat-map cells (`3x4`). */
export const RISK_FACETS = {
  level: (r: RiskView) => r.status.current.level,
  category: (r: RiskView) => r.entry.data.category,
  treatment: (r: RiskView) => r.entry.data.treatment,
  relationship: (r: RiskView) => r.relationship ?? 'none',
  inherent: (r: RiskView) => (r.status.state === 'closed' ? 'closed' : `${r.entry.data.inherent.likelihood}x${r.entry.data.inherent.impact}`),
  residual: (r: RiskView) => {
    const x = r.entry.data.residual ?? r.entry.data.inherent;
    return r.status.state === 'closed' ? 'closed' : `${x.likelihood}x${x.impact}`;
  },
} as const;
export type RiskFacet = keyof typeof RISK_FACETS;

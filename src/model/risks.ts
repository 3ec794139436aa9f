// The risk register: each risk's score and level on the matrix of the risk policy (org.yaml
// `risk_matrix`, the bands from rules.yaml), whether what remains is above the appetite and needs a
// valid acceptance, when its next review falls due and whether its treatment was settled in time. The
// one definition: checks, the calendar, exports, the audit pack and the pages read it.
import type { Org, Risk, RiskLevel, RiskMatrix, RiskRating, Rule } from '../schema/index.ts';
import type { Corpus, RegisterEntry } from './corpus.ts';
import { validEntries } from './corpus.ts';
import { dueAt } from './process.ts';

export type RiskEntry = RegisterEntry<Risk> & { readonly data: Risk; readonly id: string };
export const validRisks = (corpus: Corpus): RiskEntry[] => validEntries(corpus.risks ?? []);

/** The rules a risk's level, review cadence and treatment time limit come from. */
export const RISK_RULES = {
  /** Lowest score of a level (low has none: it starts at 1). */
  floor: (level: RiskLevel) => `risk.level.${level}`,
  review: (level: RiskLevel) => `risk.review.${level}`,
  /** Register entries of a relationship are reviewed at least this often whatever their level (SOP-012). */
  partnerReview: 'risk.review.partner',
  treatment: (level: RiskLevel) => `risk.treatment.${level}`,
} as const;

/** The matrix a build judges risks on: the org's words and the rules' numbers; undefined without either. */
export interface Matrix {
  readonly definition: RiskMatrix;
  /** Levels highest first, each with its lowest score. */
  readonly levels: readonly { readonly id: RiskLevel; readonly label: string; readonly floor: number; readonly approver: string | undefined; readonly acceptable: boolean }[];
  readonly appetite: RiskLevel;
}

/** The matrix of `org` with its bands from `rules`; undefined when the org has none or a band's rule is missing. */
export function riskMatrix(org: Org | undefined, rules: ReadonlyMap<string, Rule>): Matrix | undefined {
  const definition = org?.risk_matrix;
  if (!definition) return undefined;
  const levels = [];
  for (const level of definition.levels) {
    const rule = rules.get(RISK_RULES.floor(level.id));
    const floor = level.id === 'low' ? 1 : rule?.type === 'score' ? rule.value : undefined;
    if (floor === undefined) return undefined;
    levels.push({ id: level.id, label: level.label, floor, approver: level.approver, acceptable: level.acceptable });
  }
  return { definition, levels: levels.sort((a, b) => b.floor - a.floor), appetite: definition.appetite };
}

/** Likelihood × impact. */
export const score = (r: RiskRating): number => r.likelihood * r.impact;

/** The level a score falls in. */
export function levelOf(matrix: Matrix, value: number): RiskLevel {
  return (matrix.levels.find((l) => value >= l.floor) ?? matrix.levels.at(-1)!).id;
}

/** Rank of a level: high 0, medium 1, low 2 (lower is worse). */
const rank = (matrix: Matrix, level: RiskLevel) => matrix.levels.findIndex((l) => l.id === level);

/** Whether `level` is above the appetite. */
export const isAboveAppetite = (matrix: Matrix, level: RiskLevel): boolean => rank(matrix, level) < rank(matrix, matrix.appetite);

/** Roles that may accept a risk at `level`: its approver and the approvers of the levels above it. */
export function acceptingRoles(matrix: Matrix, level: RiskLevel): string[] {
  return matrix.levels.slice(0, rank(matrix, level) + 1).flatMap((l) => (l.approver ? [l.approver] : []));
}

export const RISK_STATES = ['identified', 'treating', 'controlled', 'closed'] as const;
export type RiskState = (typeof RISK_STATES)[number];

export interface RiskStatus {
  readonly inherent: { readonly score: number; readonly level: RiskLevel };
  /** Where the risk stands: the residual rating, or the inherent one when none is assessed. */
  readonly current: { readonly score: number; readonly level: RiskLevel; readonly assessed: boolean };
  /** identified (no action yet), treating (an action open), controlled (all done), closed. */
  readonly state: RiskState;
  readonly aboveAppetite: boolean;
  /** Why an acceptance is needed and not valid; undefined when none is needed or it is valid. */
  readonly acceptanceProblem: 'none' | 'future' | 'expired' | 'authority' | 'not-acceptable' | undefined;
  /** Roles whose holders may accept it at its current level. */
  readonly acceptingRoles: readonly string[];
  /** The last review (or the identification), its cadence's rule and when the next is due. */
  readonly lastReview: string;
  readonly reviewRule: string;
  readonly reviewDue: string | undefined;
  readonly reviewOverdue: boolean;
  readonly overdueActions: readonly number[];
  /** When the treatment had to be settled (high and medium inherent risks), and whether it was late. */
  readonly treatmentDue: string | undefined;
  readonly treatmentLate: boolean;
  /** When the acceptance expires, if it does. */
  readonly acceptanceExpires: string | undefined;
}

/** A risk's status as of a date on a matrix. */
export function riskStatus(r: Risk, matrix: Matrix, rules: ReadonlyMap<string, Rule>, people: Org['people'], asOf: string): RiskStatus {
  const inherentScore = score(r.inherent);
  const inherent = { score: inherentScore, level: levelOf(matrix, inherentScore) };
  const currentScore = score(r.residual ?? r.inherent);
  const current = { score: currentScore, level: levelOf(matrix, currentScore), assessed: r.residual !== undefined };
  const closed = r.closed !== undefined && r.closed <= asOf;
  const open = r.actions.filter((a) => !(a.done && a.done <= asOf));
  const state: RiskState = closed ? 'closed' : r.actions.length === 0 ? 'identified' : open.length ? 'treating' : 'controlled';
  const aboveAppetite = !closed && isAboveAppetite(matrix, current.level);
  const roles = acceptingRoles(matrix, current.level);
  const band = matrix.levels.find((l) => l.id === current.level)!;
  const a = r.acceptance;
  const holds = (person: string) => {
    const roleSet = new Set(people.find((p) => p.id === person)?.roles ?? []);
    return roles.length ? roles.some((role) => roleSet.has(role)) : person === r.owner;
  };
  const acceptanceProblem: RiskStatus['acceptanceProblem'] = r.treatment === 'accept' && !band.acceptable && !closed ? 'not-acceptable'
    : !aboveAppetite ? undefined
    : !a ? 'none'
    : a.date > asOf ? 'future'
    : a.expires !== undefined && a.expires < asOf ? 'expired'
    : !holds(a.by) ? 'authority'
    : undefined;
  const lastReview = [r.identified, ...r.reviews.map((v) => v.date).filter((d) => d <= asOf)].sort().at(-1)!;
  const reviewRule = current.level !== 'high' && r.relationship && rules.has(RISK_RULES.partnerReview) ? RISK_RULES.partnerReview : RISK_RULES.review(current.level);
  const cadence = rules.get(reviewRule);
  const reviewDue = !closed && cadence?.type === 'duration' ? dueAt(lastReview, { value: cadence.value, unit: cadence.unit }) : undefined;
  const limit = inherent.level === 'low' ? undefined : rules.get(RISK_RULES.treatment(inherent.level));
  const treatmentDue = limit?.type === 'duration' ? dueAt(r.identified, { value: limit.value, unit: limit.unit }) : undefined;
  const settled = r.decided ?? (r.treatment === 'accept' ? a?.date : undefined);
  const treatmentLate = treatmentDue !== undefined && (settled ? settled > treatmentDue : r.actions.length === 0 && treatmentDue < asOf);
  return {
    inherent, current, state, aboveAppetite, acceptanceProblem, acceptingRoles: roles, lastReview, reviewRule, reviewDue,
    reviewOverdue: reviewDue !== undefined && reviewDue < asOf,
    overdueActions: closed ? [] : r.actions.flatMap((x, i) => (!x.done && x.due < asOf ? [i] : [])),
    treatmentDue, treatmentLate,
    acceptanceExpires: a?.expires,
  };
}

/** Whether the residual rating is worse than the inherent one in likelihood, impact or score. */
export const isResidualWorse = (r: Risk): boolean =>
  r.residual !== undefined && (r.residual.likelihood > r.inherent.likelihood || r.residual.impact > r.inherent.impact);

/** Risks identified on or before a date (the register as it stood then). */
export const risksAsOf = (corpus: Corpus, asOf: string): RiskEntry[] => validRisks(corpus).filter((r) => r.data.identified <= asOf);

/** The rules map and matrix of a corpus, the one way every reader gets them. */
export function riskContext(corpus: Corpus): { readonly rules: ReadonlyMap<string, Rule>; readonly matrix: Matrix | undefined; readonly people: Org['people'] } {
  const rules = new Map<string, Rule>((corpus.rules?.data.rules ?? []).map((x) => [x.id, x]));
  return { rules, matrix: riskMatrix(corpus.org?.data, rules), people: corpus.org?.data.people ?? [] };
}

/** A 5×5 heat map: counts by [likelihood-1][impact-1] of the given ratings. */
export function heatMap(ratings: readonly RiskRating[]): number[][] {
  const grid = Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => 0));
  for (const r of ratings) grid[r.likelihood - 1]![r.impact - 1]!++;
  return grid;
}

// The derived states of documents and records: in force, counting for coverage, review due or
// overdue, superseded by, evidence freshness. One definition each; checks, coverage, exports, the
// audit pack and the site view all ask these functions and never compare dates themselves.
import type { ValidDoc } from './corpus.ts';
import { addDays, addMonths, daysBetween } from './dates.ts';

export { evidenceFreshness, evidenceState, freshUntil, FRESHNESS_STATES } from './freshness.ts';
export type { EvidenceState, Freshness } from './freshness.ts';

/** How far ahead the reviews list and the home page look for reviews falling due. */
export const REVIEW_HORIZON_DAYS = 90;

/** Document types whose in-force documents implement a clause (a template or a case only supports one). */
export const IMPLEMENTING_TYPES: ReadonlySet<ValidDoc['type']> = new Set(['policy', 'sop']);

/** Whether a document is approved and has taken effect on `asOf`. */
export function isInForce(doc: ValidDoc, asOf: string): boolean {
  return doc.data.status === 'approved' && doc.data.effective !== undefined && doc.data.effective <= asOf;
}

/** Whether a document counts towards a clause's coverage on `asOf`: an in-force policy or SOP. */
export function countsForCoverage(doc: ValidDoc, asOf: string): boolean {
  return IMPLEMENTING_TYPES.has(doc.type) && isInForce(doc, asOf);
}

/** What a document's review date is derived from: its `review_by`, else its `review_every` after its version's date. */
export interface ReviewFields {
  readonly status: string;
  readonly version?: string;
  readonly effective?: string | undefined;
  readonly review_by?: string | undefined;
  readonly review_every?: string | undefined;
  readonly reviewed?: string | undefined;
  readonly changes?: readonly { readonly version: string; readonly date: string }[];
}

/** A `review_every` value (`12 months`, `2 years`) in months. */
export function reviewEveryMonths(every: string): number {
  const [n, unit] = every.split(' ');
  return Number(n) * (unit === 'years' ? 12 : 1);
}

/** The latest review date a document's own cadence allows: `review_every` after its current version's date or its last review without one. */
export function reviewCadence(data: ReviewFields): { readonly from: string; readonly latest: string } | undefined {
  const version = data.changes?.findLast((c) => c.version === data.version)?.date ?? data.effective;
  const from = data.reviewed && (!version || data.reviewed > version) ? data.reviewed : version;
  return data.review_every && from ? { from, latest: addMonths(from, reviewEveryMonths(data.review_every)) } : undefined;
}

/** The latest review date the cadence allows, when the document states one. */
export const cadenceReviewBy = (data: ReviewFields): string | undefined => reviewCadence(data)?.latest;

/** When a document is next due for review: its `review_by`, else what its `review_every` gives. */
export function reviewDue(data: ReviewFields): string | undefined {
  return data.review_by ?? cadenceReviewBy(data);
}

/**
 * Whether a document's review is overdue on `asOf`: it is approved and its review day has passed
 * (on the day itself it is due, not overdue).
 */
export function isReviewOverdue(data: ReviewFields, asOf: string): boolean {
  const due = reviewDue(data);
  return data.status === 'approved' && due !== undefined && due < asOf;
}

/** An approved document's review as of a date: when, how many days away (negative when overdue). */
export interface ReviewState {
  readonly reviewBy: string;
  readonly overdue: boolean;
  /** Within `REVIEW_HORIZON_DAYS` of the as-of date, or overdue: listed among the reviews due. */
  readonly due: boolean;
  readonly days: number;
}

/** The review state of an approved document with a review date, or undefined. */
export function reviewState(data: ReviewFields, asOf: string): ReviewState | undefined {
  const reviewBy = reviewDue(data);
  if (data.status !== 'approved' || reviewBy === undefined) return undefined;
  return { reviewBy, overdue: isReviewOverdue(data, asOf), due: reviewBy <= addDays(asOf, REVIEW_HORIZON_DAYS), days: daysBetween(asOf, reviewBy) };
}

/** Documents that name `id` in their `supersedes`, by id. */
export function supersededBy(id: string, docs: Iterable<ValidDoc>): ValidDoc[] {
  return [...docs].filter((d) => d.data.supersedes.includes(id)).sort((a, b) => a.id.localeCompare(b.id));
}

/** The date of a document's current version: its `changes` entry for that version, else `effective`. */
export function versionDate(doc: ValidDoc): string | undefined {
  return doc.data.changes.findLast((c) => c.version === doc.data.version)?.date ?? doc.data.effective;
}

/** When a document first existed: its earliest `changes` entry, else `effective`. */
export function firstIssued(doc: ValidDoc): string | undefined {
  const dates = [...doc.data.changes.map((c) => c.date), ...(doc.data.effective ? [doc.data.effective] : [])];
  return dates.length ? dates.reduce((a, b) => (a < b ? a : b)) : undefined;
}

/**
 * The day a withdrawn document stopped applying: a superseded one when the first document replacing it
 * took effect, a retired one at the `changes` entry of its last version; undefined when in force or unknown.
 */
export function withdrawnOn(doc: ValidDoc, docs: Iterable<ValidDoc>): string | undefined {
  if (doc.data.status === 'superseded') {
    const dates = supersededBy(doc.id, docs).flatMap((d) => (d.data.effective ? [d.data.effective] : []));
    return dates.length ? dates.reduce((a, b) => (a < b ? a : b)) : undefined;
  }
  if (doc.data.status === 'retired') return doc.data.changes.findLast((c) => c.version === doc.data.version)?.date;
  return undefined;
}

// Freshness of an evidence record on a date: fresh, due (goes stale soon), stale, or future.
import { addDays, addMonths } from './dates.ts';

export type Freshness = 'fresh' | 'due' | 'stale' | 'future';
export const FRESHNESS_STATES: readonly Freshness[] = ['fresh', 'due', 'stale', 'future'];

/** The freshness of evidence dated `date` on `asOf`, with a window of `months` and a warning period of `dueDays`. */
export function evidenceFreshness(date: string, asOf: string, months: number, dueDays: number): Freshness {
  if (date > asOf) return 'future';
  const oldest = addMonths(asOf, -months);
  if (date < oldest) return 'stale';
  // Due: still fresh today, but stale before asOf + dueDays.
  return date < addMonths(addDays(asOf, dueDays), -months) ? 'due' : 'fresh';
}

/** The date on which evidence dated `date` stops counting (the last day it is fresh). */
export function freshUntil(date: string, months: number): string {
  return addMonths(date, months);
}

/** Everything a page, an export or a check says about a record's freshness: one computation. */
export interface EvidenceState {
  readonly freshness: Freshness;
  /** The last day the record proves its clauses. */
  readonly freshUntil: string;
  /** Whether it proves its clauses on the as-of date (fresh, or fresh but due soon). */
  readonly counts: boolean;
}

/** The state of evidence dated `date` on `asOf`. */
export function evidenceState(date: string, asOf: string, months: number, dueDays: number): EvidenceState {
  const freshness = evidenceFreshness(date, asOf, months, dueDays);
  return { freshness, freshUntil: freshUntil(date, months), counts: freshness === 'fresh' || freshness === 'due' };
}

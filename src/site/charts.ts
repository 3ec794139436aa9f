// What the home and coverage pages chart, computed once from the model: evidence records by month of
// their date, split by their freshness on the build's date.
import type { EvidenceRecord } from '../model/corpus.ts';
import type { Evidence } from '../schema/index.ts';
import type { EvidenceState, Freshness } from '../model/states.ts';

export interface MonthCount { readonly month: string; readonly counts: Readonly<Record<Freshness, number>> }

/** The published records by month (`YYYY-MM`), oldest first, each month's records by freshness. */
export function evidenceByMonth(records: readonly (EvidenceRecord & { readonly data: Evidence; readonly id: string })[], states: ReadonlyMap<string, EvidenceState>): MonthCount[] {
  const months = new Map<string, Record<Freshness, number>>();
  for (const r of records) {
    const freshness = states.get(r.id)?.freshness;
    if (!freshness) continue;
    const month = r.data.date.slice(0, 7);
    const counts = months.get(month) ?? { fresh: 0, due: 0, stale: 0, future: 0 };
    counts[freshness]++;
    months.set(month, counts);
  }
  return [...months].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, counts]) => ({ month, counts }));
}

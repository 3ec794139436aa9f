// What the home and coverage pages chart, computed once from the model: evidence records by month of
// their date, and by the lifecycle stage whose clause they prove, split by their freshness on the build's date.
import type { EvidenceRecord } from '../model/corpus.ts';
import type { Evidence } from '../schema/index.ts';
import type { EvidenceState, Freshness } from '../model/states.ts';
import type { FindingState } from '../model/findings.ts';

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

export interface StageCount { readonly stage: number; readonly clause: string; readonly title: string; readonly counts: Readonly<Record<Freshness, number>> }

/** For each lifecycle stage (its clause ref, e.g. `gbt40144:8.2`), the published records that prove it, by freshness. */
export function evidenceByStage(
  records: readonly (EvidenceRecord & { readonly data: Evidence; readonly id: string })[],
  states: ReadonlyMap<string, EvidenceState>,
  stages: readonly { readonly stage: number; readonly clause: { readonly id: string; readonly ref: string; readonly title: string } }[],
): StageCount[] {
  return stages.map(({ stage, clause }) => {
    const counts: Record<Freshness, number> = { fresh: 0, due: 0, stale: 0, future: 0 };
    for (const r of records) {
      const freshness = states.get(r.id)?.freshness;
      if (freshness && r.data.clauses.includes(clause.ref)) counts[freshness]++;
    }
    return { stage, clause: clause.id, title: clause.title, counts };
  });
}

export interface ChapterFindings { readonly id: string; readonly title: string; readonly counts: Readonly<Record<FindingState, number>> }

/** For each chapter of the standard, the findings against one of its clauses by state (a finding against two chapters counts in each). */
export function findingsByChapter(
  findings: readonly { readonly clauses: readonly string[]; readonly state: FindingState }[],
  chapters: readonly { readonly id: string; readonly title: string }[],
): ChapterFindings[] {
  return chapters.map(({ id, title }) => {
    const counts: Record<FindingState, number> = { open: 0, verifying: 0, closed: 0 };
    for (const f of findings) if (f.clauses.some((c) => c.split(':')[1]?.split('.')[0] === id)) counts[f.state]++;
    return { id, title, counts };
  });
}

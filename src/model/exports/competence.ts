// Rows of the competence matrix for the tabular exports (competence.csv, the `competence` sheet of
// coverage.xlsx): one per person and register role they hold or were assessed for, as of a date.
import { competenceIndex, competenceMatrix } from '../competence.ts';
import type { Corpus } from '../corpus.ts';
import type { Graph } from '../graph.ts';
import type { Cell } from './rows.ts';

/** Columns of `competenceRows`, in order; names are stable so scripts can read the CSV by header. */
export const COMPETENCE_COLUMNS = [
  'person', 'name', 'department', 'role', 'held', 'state', 'assessed_on', 'assessment', 'result', 'assessor', 'record', 'valid_until', 'next_due', 'overdue',
] as const;

/** One row per matrix cell of a (published) corpus as of `asOf`; a record appears only when published. */
export function competenceRows(corpus: Corpus, graph: Graph, asOf: string): Cell[][] {
  const people = new Map((corpus.org?.data.people ?? []).map((p) => [p.id, p]));
  return competenceMatrix(corpus, asOf, competenceIndex(corpus)).map(({ person, role, held, status: s }) => {
    const a = s.assessment?.data;
    return [
      person, people.get(person)?.name ?? '', people.get(person)?.department ?? '', role, held ? '是' : '否', s.state,
      a?.date ?? '', s.assessment?.id ?? '', a?.result ?? '', a?.assessor ?? '', a && graph.evidence.has(a.record) ? a.record : '',
      s.validUntil ?? '', s.nextDue ?? '', held && s.state !== 'valid' ? '是' : '否',
    ];
  });
}

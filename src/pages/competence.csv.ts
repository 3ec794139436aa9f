// competence.csv: the competence matrix, one row per person and role they hold or were assessed for, as of the build's date.
import { competenceRows, toCompetenceCsv } from '../model/exports/index.ts';
import { site } from '../site/index.ts';

export async function GET(): Promise<Response> {
  const { corpus, graph, asOf } = await site();
  return new Response(toCompetenceCsv(competenceRows(corpus, graph, asOf)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

// objectives.csv: the objectives register, one row per indicator and period, status as of the build's date.
import { objectiveRows, toObjectivesCsv } from '../model/exports/index.ts';
import { site } from '../site/index.ts';

export async function GET(): Promise<Response> {
  const { corpus, graph, asOf } = await site();
  return new Response(toObjectivesCsv(objectiveRows(corpus, graph, asOf)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

// findings.csv: the findings register, one row per published finding raised by the build's date.
import { findingRows, toFindingsCsv } from '../model/exports/index.ts';
import { site } from '../site/index.ts';

export async function GET(): Promise<Response> {
  const { corpus, graph, asOf } = await site();
  return new Response(toFindingsCsv(findingRows(corpus, graph, asOf)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

// risks.csv: the risk register, one row per published risk identified by the build's date.
import { riskRows, toRisksCsv } from '../model/exports/index.ts';
import { site } from '../site/index.ts';

export async function GET(): Promise<Response> {
  const { corpus, graph, asOf } = await site();
  return new Response(toRisksCsv(riskRows(corpus, graph, asOf)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

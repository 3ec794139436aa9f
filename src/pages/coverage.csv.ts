// coverage.csv: one row per clause with its state, documents and evidence.
import { toCoverageCsv } from '../model/exports/index.ts';
import { site } from '../site/index.ts';

export async function GET(): Promise<Response> {
  return new Response(toCoverageCsv((await site()).coverage), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

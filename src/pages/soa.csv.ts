// soa.csv: the statement of applicability, one row per requirement clause.
import { toSoaCsv } from '../model/exports/index.ts';
import { site } from '../site/index.ts';

export async function GET(): Promise<Response> {
  return new Response(toSoaCsv((await site()).coverage), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

// relationships.csv: the relationship register, one row per published relationship.
import { relationshipRows, toRelationshipsCsv } from '../model/exports/index.ts';
import { site } from '../site/index.ts';

export async function GET(): Promise<Response> {
  const { corpus, graph, asOf } = await site();
  return new Response(toRelationshipsCsv(relationshipRows(corpus, graph, asOf)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

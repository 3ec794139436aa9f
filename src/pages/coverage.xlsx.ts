// coverage.xlsx: the coverage matrix, the evidence register and the exclusions as a workbook.
import { validEvidence } from '../model/corpus.ts';
import { toCoverageXlsx } from '../model/exports/index.ts';
import { site } from '../site/index.ts';

export async function GET(): Promise<Response> {
  const { coverage, corpus } = await site();
  const workbook = await toCoverageXlsx(coverage, validEvidence(corpus), corpus.applicability?.data.exclusions ?? [], corpus.rules?.data.rules);
  return new Response(Buffer.from(workbook), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
}

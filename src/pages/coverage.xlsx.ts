// coverage.xlsx: the coverage matrix, the evidence register, the exclusions, the rules and the relationship register.
import { validEvidence } from '../model/corpus.ts';
import { competenceRows, findingRows, objectiveRows, relationshipRows, riskRows, toCoverageXlsx } from '../model/exports/index.ts';
import { site } from '../site/index.ts';

export async function GET(): Promise<Response> {
  const { coverage, corpus, graph, asOf } = await site();
  const workbook = await toCoverageXlsx(coverage, validEvidence(corpus), corpus.applicability?.data.exclusions ?? [], corpus.rules?.data.rules, {
    relationships: relationshipRows(corpus, graph, asOf), findings: findingRows(corpus, graph, asOf), risks: riskRows(corpus, graph, asOf),
    objectives: objectiveRows(corpus, graph, asOf), competence: competenceRows(corpus, graph, asOf),
  });
  return new Response(Buffer.from(workbook), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
}

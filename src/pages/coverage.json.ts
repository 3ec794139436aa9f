// coverage.json: the coverage report auditors and tools download, from the same view as the pages.
import { toCoverageJson } from '../model/coverage-json.ts';
import { site } from '../site/index.ts';

export async function GET(): Promise<Response> {
  const { coverage, corpus } = await site();
  return new Response(toCoverageJson(coverage, corpus.rules?.data.rules), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

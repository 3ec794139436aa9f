// coverage.json: the coverage report auditors and tools download, from the same view as the pages.
import { toCoverageJson } from '../model/coverage-json.ts';
import { site } from '../site/index.ts';

export async function GET(): Promise<Response> {
  return new Response(toCoverageJson((await site()).coverage), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

// CB405: .github/CODEOWNERS is missing or no longer what content/org.yaml and the documents' owners say.
import { checkCodeowners, formatCodeowners } from '../codeowners.ts';
import type { Problem } from '../problem.ts';
import type { CheckContext } from './context.ts';

export function checkCodeownersCurrent({ corpus, contentDir }: CheckContext): Problem[] {
  if (!corpus.repository) return [];
  const stale = checkCodeowners(formatCodeowners(corpus, contentDir), corpus.repository.codeowners);
  return stale ? [stale] : [];
}

// CB401: a file under content/ that no collection loads, so it would silently vanish from the site.
import { DOC_TYPES } from '../../schema/index.ts';
import { problem } from '../problem.ts';
import type { Problem, ProblemArgs } from '../problem.ts';
import type { CheckContext } from './context.ts';

export function checkStrayFiles({ corpus, contentDir }: CheckContext): Problem[] {
  const attachments = new Set(corpus.evidence.flatMap((e) => (e.data ? [e.data.location] : [])));
  const problems: Problem[] = [];
  for (const file of corpus.files) {
    const reason = whyStray(file.slice(contentDir.length + 1), file, attachments);
    if (reason) problems.push(problem('CB401', { file, line: 1, column: 1 }, reason));
  }
  return problems;
}

function whyStray(rel: string, file: string, attachments: ReadonlySet<string>): ProblemArgs<'CB401'> | undefined {
  if (['org.yaml', 'applicability.yaml', 'glossary.yaml', 'rules.yaml', 'README.md'].includes(rel)) return undefined;
  if (/^standards\/[^/]+\.ya?ml$/.test(rel)) return undefined;
  if (/^(evidence|findings)\/[^/]+\.ya?ml$/.test(rel)) return undefined;
  if (/^risks\/[^/]+\.ya?ml$/.test(rel)) return undefined; // risk register
  if (/^measurements\/[^/]+\.ya?ml$/.test(rel)) return undefined; // objectives register
  // Competence register: roles.yaml and assessment files.
  if (/^competence\/[^/]+\.ya?ml$/.test(rel)) return undefined;
  if (rel.startsWith('evidence/files/')) {
    if (attachments.has(file)) return undefined;
    return { kind: 'attachment' };
  }
  const folder = rel.split('/')[0]!;
  const type = Object.values(DOC_TYPES).find((t) => t.folder === folder);
  if (type && rel.endsWith('.mdx')) return undefined;
  if (type) return { kind: 'not-mdx', folder };
  return { kind: 'unknown', folders: Object.values(DOC_TYPES).map((t) => t.folder) };
}

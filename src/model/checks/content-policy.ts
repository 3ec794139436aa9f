// CB307 (code in a document: import, export, an expression, a component), CB308 (HTML the build
// removes), CB309 (an address the build removes): the declared MDX subset of src/model/content-policy.ts.
import { problem } from '../problem.ts';
import type { Problem, ProblemCode } from '../problem.ts';
import type { PolicyFinding } from '../body.ts';
import type { CheckContext } from './context.ts';

const CODES: Record<PolicyFinding['kind'], ProblemCode> = { code: 'CB307', html: 'CB308', url: 'CB309' };
const HINTS: Record<PolicyFinding['kind'], string> = {
  code: 'Remove it: a document is Markdown. To show braces or angle brackets as text, escape them (`\\{`, `\\<`) or put them in `code`.',
  html: 'Write it in Markdown, or use only the allowed HTML; the page will not show what is removed.',
  url: 'Link to a site page (`/id/SOP-004/`), an `https://` or `mailto:` address; put images under the site, not on another host.',
};

export function checkContentPolicy({ corpus }: CheckContext): Problem[] {
  return corpus.documents.flatMap((doc) =>
    doc.body.findings.map((f) => problem(CODES[f.kind], { file: doc.file, line: f.line, column: f.column }, f.message, HINTS[f.kind])),
  );
}

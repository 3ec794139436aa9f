// CB307 (code in a document: import, export, an expression, a component), CB308 (HTML the build
// removes), CB309 (an address the build removes): the declared MDX subset of src/model/content-policy.ts.
import { problem } from '../problem.ts';
import type { Problem, ProblemCode } from '../problem.ts';
import type { PolicyFinding } from '../body.ts';
import type { CheckContext } from './context.ts';

const CODES = { code: 'CB307', html: 'CB308', url: 'CB309' } as const satisfies Record<PolicyFinding['kind'], ProblemCode>;

export function checkContentPolicy({ corpus }: CheckContext): Problem[] {
  return corpus.documents.flatMap((doc) =>
    doc.body.findings.map((f) => problem(CODES[f.kind], { file: doc.file, line: f.line, column: f.column }, f.detail)),
  );
}

// Reading the content tree's files safely: strict UTF-8 (a GBK or UTF-16 file is named, not decoded into
// U+FFFD), a bounded number of files open at once (no EMFILE at 50,000 documents under `ulimit -n 1024`),
// and the files that must not be there (symbolic links, names that differ only in letter case).
import { problem } from '../problem.ts';
import type { Problem, ProblemArgs } from '../problem.ts';

/** Files the loader reads as text: documents and YAML (attachments are listed and measured, never decoded). */
export const isParsed = (file: string) => /\.(mdx|ya?ml)$/.test(file);

/** Files read at once: far below the common 1,024 open-file limit, enough to keep the disk busy. */
export const READ_CONCURRENCY = 64;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a file's bytes, or the problem that it is not UTF-8 (with the encoding it looks like). */
export function decodeContent(file: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const before = lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD')));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return {
      problem: problem('CB408', { file, line, column }, { encoding: guessEncoding(bytes) }),
    };
  }
}

/** The likely encoding of bytes that are not UTF-8. */
function guessEncoding(bytes: Uint8Array): ProblemArgs<'CB408'>['encoding'] {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'utf-16';
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return 'gb18030';
  } catch {
    return 'other';
  }
}

/** `map` over `items` with at most `limit` calls pending, results in order. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** CB406 for each file whose path equals an earlier one's but for letter case (one of them would be lost). */
export function caseCollisions(files: readonly string[]): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const file of [...files].sort()) {
    const key = file.toLowerCase();
    const first = seen.get(key);
    if (first === undefined) seen.set(key, file);
    else problems.push(problem('CB406', { file, line: 1, column: 1 }, { file, first }));
  }
  return problems;
}

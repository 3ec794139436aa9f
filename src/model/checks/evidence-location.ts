// CB402 (attachment missing) and CB403 (location neither a repository path nor an https URL).
import { validEvidence } from '../corpus.ts';
import { locate } from '../locate.ts';
import { problem } from '../problem.ts';
import type { Problem } from '../problem.ts';
import type { CheckContext } from './context.ts';

export function checkEvidenceLocation({ corpus, contentDir }: CheckContext): Problem[] {
  const files = new Set(corpus.files);
  const problems: Problem[] = [];
  for (const record of validEvidence(corpus)) {
    const { location } = record.data;
    const place = () => locate(record.source, ['location']);
    if (/^[a-z][a-z0-9+.-]*:/i.test(location)) {
      if (!isHttpsUrl(location)) {
        problems.push(problem('CB403', place(), `location "${location}" is not a valid https:// URL`, 'Use an absolute https:// address of the document system, or a path under content/evidence/files/.'));
      }
    } else if (!location.startsWith(`${contentDir}/evidence/files/`)) {
      problems.push(problem('CB403', place(), `location "${location}" is outside ${contentDir}/evidence/files/`, `Keep attachments under ${contentDir}/evidence/files/ and write the path from the repository root.`));
    } else if (!files.has(location)) {
      problems.push(problem('CB402', place(), `attachment "${location}" does not exist`, 'Add the file, or correct the path (it is case-sensitive).'));
    }
  }
  return problems;
}

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.');
  } catch {
    return false;
  }
}

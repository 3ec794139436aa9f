// CB402 (attachment missing), CB403 (location neither a repository path nor an https URL) and CB409
// (an attachment of a type the site does not offer: it could run in a reader's browser).
import { DOWNLOAD_TYPES, attachmentOf } from '../attachments.ts';
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
        problems.push(problem('CB403', place(), { kind: 'not-https', location }));
      }
    } else if (!location.startsWith(`${contentDir}/evidence/files/`)) {
      problems.push(problem('CB403', place(), { kind: 'outside', location, contentDir }));
    } else if (!files.has(location)) {
      problems.push(problem('CB402', place(), { location }));
    } else {
      const attachment = attachmentOf(location, contentDir);
      if (attachment?.kind === 'refused') problems.push(problem('CB409', place(), { location, ext: attachment.ext, types: DOWNLOAD_TYPES }));
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

// Document control against a base (GB/T 40144 7.5.3): compared with the content at a git ref, changes
// to controlled documents must be identified (a new version), recorded (a `changes` entry), approved
// (approvers for a major version) and follow the lifecycle; approved documents are retired, not deleted.
import type { DocumentStatus } from '../schema/index.ts';
import type { Corpus, ValidDoc } from './corpus.ts';
import { validDocs } from './corpus.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { locate } from './locate.ts';
import { problem } from './problem.ts';
import type { Problem } from './problem.ts';

/** Status moves a pull request may make (besides staying put). Reopening an approved document also needs a new version. */
export const STATUS_MOVES: Readonly<Record<DocumentStatus, readonly DocumentStatus[]>> = {
  draft: ['in-review'],
  'in-review': ['approved', 'draft'],
  approved: ['superseded', 'retired', 'draft', 'in-review'],
  superseded: [],
  retired: [],
};

/** Fields whose change alone is not a revision: confirming a document at its review moves `review_by`. */
const NOT_A_REVISION = new Set(['review_by']);

/** Problems of `head` as a change to `base` (`label` names the base in messages, e.g. `main (1a2b3c4)`). */
export function checkDocumentControl(base: Corpus, head: Corpus, label: string): Problem[] {
  const problems: Problem[] = [];
  const before = new Map(validDocs(base).map((d) => [d.id, d]));
  const after = new Map(validDocs(head).map((d) => [d.id, d]));
  const idAtPath = new Map(validDocs(head).map((d) => [d.file, d]));

  for (const old of before.values()) {
    const now = after.get(old.id);
    if (now) continue;
    const sameFile = idAtPath.get(old.file);
    if (sameFile) {
      problems.push(problem('CB504', locate(sameFile.source, ['id']), `${old.file} was ${old.id} in ${label} and is now ${sameFile.id}`, `Ids never change: put back \`id: ${old.id}\`; for a new document, create a new file with a new id.`));
    } else if (old.data.status === 'approved') {
      problems.push(problem('CB503', { file: old.file, line: 1, column: 1 }, `approved ${old.id} (version ${old.data.version} in ${label}) was deleted`, `Keep the file and set \`status: retired\`, or name ${old.id} in \`supersedes\` of the document that replaces it and set its status to superseded.`));
    }
  }

  for (const doc of after.values()) {
    const old = before.get(doc.id);
    const { status, version } = doc.data;
    if (!old) {
      if (status === 'approved') requireChangeEntry(doc, undefined, problems, label);
      else if (status !== 'draft' && status !== 'in-review') problems.push(problem('CB505', locate(doc.source, ['status']), `new document ${doc.id} starts as ${status}`, 'A new document starts as draft or in-review.'));
      continue;
    }
    const raised = compareVersions(version, old.data.version);
    if (raised < 0) {
      problems.push(problem('CB502', locate(doc.source, ['version']), `${doc.id} version went back from ${old.data.version} in ${label} to ${version}`, `Versions only go up: use ${nextVersion(old.data.version)} or higher.`));
      continue;
    }
    if (old.data.status !== status && !STATUS_MOVES[old.data.status].includes(status)) {
      const allowed = STATUS_MOVES[old.data.status];
      problems.push(problem('CB505', locate(doc.source, ['status']), `${doc.id} moved from ${old.data.status} in ${label} to ${status}`, allowed.length ? `From ${old.data.status} a document may move to ${allowed.join(' or ')}.` : `A ${old.data.status} document is final; write a new document instead.`));
      continue;
    }
    const reopened = old.data.status === 'approved' && (status === 'draft' || status === 'in-review');
    if (reopened && raised === 0) {
      problems.push(problem('CB501', locate(doc.source, ['version']), `approved ${doc.id} was reopened as ${status} but keeps version ${version}`, `Reopening starts a new revision: set \`version: "${nextVersion(version)}"\` (or the next major version).`));
      continue;
    }
    if (old.data.status === 'approved' && status === 'approved' && raised === 0 && revised(old, doc)) {
      problems.push(problem('CB501', locate(doc.source, ['version']), `approved ${doc.file} (${doc.id}) changed since ${label}: version ${old.data.version} there, still ${version} here`, `Raise it: \`version: "${nextVersion(version)}"\` (or "${Number(version.split('.')[0]) + 1}.0" for a major change), and add \`{ version: "${nextVersion(version)}", date: YYYY-MM-DD, summary: 改了什么、为什么 }\` to \`changes\`.`));
      continue;
    }
    // Withdrawing (retired, superseded) changes the status only: the approved text stays as it was.
    const withdrawn = old.data.status === 'approved' && (status === 'retired' || status === 'superseded');
    if (withdrawn && raised === 0 && revised(old, doc, WITHDRAWAL_FIELDS)) {
      problems.push(problem('CB501', locate(doc.source, ['status']), `approved ${doc.file} (${doc.id}) was ${status} and its text changed since ${label}, still at version ${version}`, `Withdrawing changes only \`status\`: put the text back as it is in ${label}; to record a last change, raise the version and add a \`changes\` entry.`));
      continue;
    }
    if (status === 'approved' && (raised > 0 || old.data.status !== 'approved')) requireChangeEntry(doc, old.data.version, problems, label);
  }
  return problems;
}

/** An approved revision records itself in `changes`; a major one names its approvers there. */
function requireChangeEntry(doc: ValidDoc, oldVersion: string | undefined, problems: Problem[], label: string): void {
  const { version, changes } = doc.data;
  const from = oldVersion ? `${oldVersion} in ${label} → ${version}` : `new at ${version}`;
  const entry = changes.find((c) => c.version === version);
  if (!entry) {
    problems.push(problem('CB502', locate(doc.source, changes.length ? ['changes'] : ['version']), `approved ${doc.id} (${from}) has no \`changes\` entry for version ${version}`, `Add \`{ version: "${version}", date: YYYY-MM-DD, summary: 改了什么、为什么${isMajor(oldVersion, version) ? ', approvers: [...]' : ''} }\` to \`changes\`.`));
  } else if (isMajor(oldVersion, version) && !entry.approvers?.length) {
    problems.push(problem('CB502', locate(doc.source, ['changes', changes.indexOf(entry)]), `major version ${version} of ${doc.id} (${from}) names no approvers in its \`changes\` entry`, 'A major revision is approved again: add `approvers: [...]` (role or person ids from content/org.yaml) to that entry.'));
  }
}

/** Fields a withdrawal may change besides the review date: the status itself. */
const WITHDRAWAL_FIELDS = new Set([...NOT_A_REVISION, 'status']);

/** Whether anything but the `ignored` fields changed: the body, or any other frontmatter field. */
function revised(old: ValidDoc, now: ValidDoc, ignored: ReadonlySet<string> = NOT_A_REVISION): boolean {
  if (splitFrontmatter(old.text)?.body.trim() !== splitFrontmatter(now.text)?.body.trim()) return true;
  const fields = (d: ValidDoc) => JSON.stringify(Object.entries(d.data).filter(([k]) => !ignored.has(k)).sort(([a], [b]) => (a < b ? -1 : 1)));
  return fields(old) !== fields(now);
}

/** Compare `MAJOR.MINOR` versions numerically: negative, zero or positive. */
export function compareVersions(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn;
}

const nextVersion = (v: string) => `${v.split('.')[0]}.${Number(v.split('.')[1] ?? 0) + 1}`;
// A new document's first approval is recorded by its own `approvers`; a later major version is approved again.
const isMajor = (from: string | undefined, to: string) => from !== undefined && Number(to.split('.')[0]) > Number(from.split('.')[0]);

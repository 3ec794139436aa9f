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

/** Fields whose change alone is not a revision: confirming a document at its review moves `review_by` or `reviewed`; its cadence (`review_every`) is document control too. */
// Keywords are the search index's words for a document (synonyms, what staff call it), not its text.
const NOT_A_REVISION = new Set(['review_by', 'review_every', 'reviewed', 'keywords']);

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
      problems.push(problem('CB504', locate(sameFile.source, ['id']), { file: old.file, oldId: old.id, id: sameFile.id, base: label }));
    } else if (old.data.status === 'approved') {
      problems.push(problem('CB503', { file: old.file, line: 1, column: 1 }, { id: old.id, version: old.data.version, base: label }));
    }
  }

  for (const doc of after.values()) {
    const old = before.get(doc.id);
    const { status, version } = doc.data;
    if (!old) {
      if (status === 'approved') requireChangeEntry(doc, undefined, problems, label);
      else if (status !== 'draft' && status !== 'in-review') problems.push(problem('CB505', locate(doc.source, ['status']), { kind: 'new', id: doc.id, status }));
      continue;
    }
    const raised = compareVersions(version, old.data.version);
    if (raised < 0) {
      problems.push(problem('CB502', locate(doc.source, ['version']), { kind: 'back', id: doc.id, base: label, oldVersion: old.data.version, version, next: nextVersion(old.data.version) }));
      continue;
    }
    if (old.data.status !== status && !STATUS_MOVES[old.data.status].includes(status)) {
      problems.push(problem('CB505', locate(doc.source, ['status']), { kind: 'moved', id: doc.id, from: old.data.status, base: label, to: status, allowed: STATUS_MOVES[old.data.status] }));
      continue;
    }
    const reopened = old.data.status === 'approved' && (status === 'draft' || status === 'in-review');
    if (reopened && raised === 0) {
      problems.push(problem('CB501', locate(doc.source, ['version']), { kind: 'reopened', id: doc.id, status, version, next: nextVersion(version) }));
      continue;
    }
    if (old.data.status === 'approved' && status === 'approved' && raised === 0 && revised(old, doc)) {
      const nextMajor = `${Number(version.split('.')[0]) + 1}.0`;
      problems.push(problem('CB501', locate(doc.source, ['version']), { kind: 'changed', file: doc.file, id: doc.id, base: label, oldVersion: old.data.version, version, next: nextVersion(version), nextMajor }));
      continue;
    }
    // Withdrawing (retired, superseded) changes the status only: the approved text stays as it was.
    const withdrawn = old.data.status === 'approved' && (status === 'retired' || status === 'superseded');
    if (withdrawn && raised === 0 && revised(old, doc, WITHDRAWAL_FIELDS)) {
      problems.push(problem('CB501', locate(doc.source, ['status']), { kind: 'withdrawn', file: doc.file, id: doc.id, base: label, status, version }));
      continue;
    }
    if (status === 'approved' && (raised > 0 || old.data.status !== 'approved')) requireChangeEntry(doc, old.data.version, problems, label);
  }
  return problems;
}

/** An approved revision records itself in `changes`; a major one names its approvers there. */
function requireChangeEntry(doc: ValidDoc, oldVersion: string | undefined, problems: Problem[], label: string): void {
  const { version, changes } = doc.data;
  const entry = changes.find((c) => c.version === version);
  if (!entry) {
    problems.push(problem('CB502', locate(doc.source, changes.length ? ['changes'] : ['version']), { kind: 'no-entry', id: doc.id, base: label, oldVersion, version, major: isMajor(oldVersion, version) }));
  } else if (isMajor(oldVersion, version) && !entry.approvers?.length) {
    problems.push(problem('CB502', locate(doc.source, ['changes', changes.indexOf(entry)]), { kind: 'no-approvers', id: doc.id, base: label, oldVersion, version }));
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

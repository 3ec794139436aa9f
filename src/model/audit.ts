// What an auditor asks for beyond coverage: the register of controlled documents, the open findings on
// the as-of date, and what changed since an earlier state of the handbook.
import type { Corpus, ValidDoc } from './corpus.ts';
import { validDocs, validEvidence } from './corpus.ts';
import type { ClauseCoverage, CoverageReport } from './coverage.ts';
import { compareVersions } from './document-control.ts';
import { isInForce, isReviewOverdue, reviewDue } from './states.ts';
import { DOC_TYPE_NAMES } from '../schema/index.ts';

export interface RegisterRow {
  readonly id: string;
  readonly title: string;
  readonly type: ValidDoc['type'];
  readonly version: string;
  readonly status: string;
  readonly owner: string;
  readonly approvers: readonly string[];
  readonly effective: string | undefined;
  readonly reviewBy: string | undefined;
  readonly inForce: boolean;
}

/** Every controlled document, by type (policies, SOPs, templates, cases) and id. */
export function documentRegister(corpus: Corpus, asOf: string): RegisterRow[] {
  return validDocs(corpus)
    .map((d) => ({
      id: d.id, title: d.data.title, type: d.type, version: d.data.version, status: d.data.status, owner: d.data.owner,
      approvers: d.data.approvers, effective: d.data.effective, reviewBy: reviewDue(d.data), inForce: isInForce(d, asOf),
    }))
    .sort((a, b) => DOC_TYPE_NAMES.indexOf(a.type) - DOC_TYPE_NAMES.indexOf(b.type) || (a.id < b.id ? -1 : 1));
}

export interface Findings {
  /** Requirement clauses with no approved, in-force policy or SOP. */
  readonly gaps: readonly ClauseCoverage[];
  /** Requirement clauses implemented but without fresh evidence. */
  readonly addressed: readonly ClauseCoverage[];
  /** Evidence older than the freshness window, newest first. */
  readonly staleEvidence: readonly { id: string; title: string; date: string }[];
  /** Approved documents whose review date has passed. */
  readonly overdueReviews: readonly RegisterRow[];
  /** Documents still in draft or in review. */
  readonly unapproved: readonly RegisterRow[];
}

/** The open findings of a handbook on its as-of date. */
export function auditFindings(corpus: Corpus, coverage: CoverageReport): Findings {
  const requirements = coverage.clauses.filter((c) => c.kind === 'requirement');
  const register = documentRegister(corpus, coverage.asOf);
  return {
    gaps: requirements.filter((c) => c.state === 'gap'),
    addressed: requirements.filter((c) => c.state === 'addressed'),
    staleEvidence: validEvidence(corpus)
      .filter((e) => coverage.evidenceStates.get(e.id)?.freshness === 'stale')
      .map((e) => ({ id: e.id, title: e.data.title, date: e.data.date }))
      .sort((a, b) => (a.date < b.date ? 1 : -1)),
    overdueReviews: register.filter((r) => isReviewOverdue({ status: r.status, review_by: r.reviewBy }, coverage.asOf)),
    unapproved: register.filter((r) => r.status === 'draft' || r.status === 'in-review'),
  };
}

export interface ChangeLog {
  readonly added: readonly RegisterRow[];
  /** Documents whose version changed, with the change summaries recorded since the old version. */
  readonly revised: readonly { row: RegisterRow; from: string; summaries: readonly string[] }[];
  /** Documents retired, superseded or removed since. */
  readonly withdrawn: readonly { id: string; title: string; from: string; status: string }[];
}

/** What changed between two states of the handbook (`base` earlier, `head` later). */
export function changeLog(base: Corpus, head: Corpus, asOf: string): ChangeLog {
  const before = new Map(validDocs(base).map((d) => [d.id, d]));
  const after = new Map(validDocs(head).map((d) => [d.id, d]));
  const rows = new Map(documentRegister(head, asOf).map((r) => [r.id, r]));
  const withdrawnStatus = new Set(['retired', 'superseded']);
  const added: RegisterRow[] = [];
  const revised: { row: RegisterRow; from: string; summaries: string[] }[] = [];
  const withdrawn: { id: string; title: string; from: string; status: string }[] = [];
  for (const [id, doc] of after) {
    const old = before.get(id);
    if (!old) {
      added.push(rows.get(id)!);
    } else if (withdrawnStatus.has(doc.data.status) && !withdrawnStatus.has(old.data.status)) {
      withdrawn.push({ id, title: doc.data.title, from: old.data.version, status: doc.data.status });
    } else if (compareVersions(doc.data.version, old.data.version) !== 0) {
      const summaries = doc.data.changes.filter((c) => compareVersions(c.version, old.data.version) > 0).map((c) => `${c.version}：${c.summary}`);
      revised.push({ row: rows.get(id)!, from: old.data.version, summaries });
    }
  }
  for (const [id, old] of before) if (!after.has(id)) withdrawn.push({ id, title: old.data.title, from: old.data.version, status: 'removed' });
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : 1);
  return { added: added.sort(byId), revised: revised.sort((a, b) => byId(a.row, b.row)), withdrawn: withdrawn.sort(byId) };
}

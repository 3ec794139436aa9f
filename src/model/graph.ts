// Look-up tables over a corpus: documents and evidence by id, clauses by reference, org ids.
import type { Clause, Evidence } from '../schema/index.ts';
import type { Corpus, EvidenceRecord, ValidDoc } from './corpus.ts';
import { validDocs, validEvidence } from './corpus.ts';

export type ValidEvidence = EvidenceRecord & { readonly id: string; readonly data: Evidence };

export interface ClauseEntry extends Clause {
  /** `standard:clause`, e.g. `gbt40144:8.5`. */
  readonly ref: string;
  readonly standard: string;
}

export interface Graph {
  readonly docs: ReadonlyMap<string, ValidDoc>;
  /** Ids written by any document, valid or not, so a bad file does not cause false "unknown id" errors. */
  readonly docIds: ReadonlySet<string>;
  readonly evidence: ReadonlyMap<string, ValidEvidence>;
  readonly evidenceIds: ReadonlySet<string>;
  readonly clauses: ReadonlyMap<string, ClauseEntry>;
  /** Evidence records by the id of the document that produced them, newest first. */
  readonly recordsBy: ReadonlyMap<string, readonly ValidEvidence[]>;
  /** SOP ids that list a template in `templates`, by template id. */
  readonly usedBy: ReadonlyMap<string, readonly string[]>;
  readonly departments: ReadonlySet<string>;
  readonly roles: ReadonlySet<string>;
  /** Whether org.yaml and at least one standard loaded: checks against them are meaningful. */
  readonly hasOrg: boolean;
  readonly hasStandards: boolean;
}

/** Index a corpus once; every check and the coverage read from it. */
export function buildGraph(corpus: Corpus): Graph {
  const docs = new Map<string, ValidDoc>();
  for (const doc of validDocs(corpus)) if (!docs.has(doc.id)) docs.set(doc.id, doc);
  const evidence = new Map<string, ValidEvidence>();
  for (const record of validEvidence(corpus)) if (!evidence.has(record.id)) evidence.set(record.id, record);
  const clauses = new Map<string, ClauseEntry>();
  for (const [key, { data }] of corpus.standards) {
    for (const clause of data.clauses) clauses.set(`${key}:${clause.id}`, { ...clause, ref: `${key}:${clause.id}`, standard: key });
  }
  const recordsBy = new Map<string, ValidEvidence[]>();
  for (const record of [...evidence.values()].sort((a, b) => (a.data.date < b.data.date ? 1 : -1))) {
    recordsBy.set(record.data.produced_by, [...(recordsBy.get(record.data.produced_by) ?? []), record]);
  }
  const usedBy = new Map<string, string[]>();
  for (const doc of docs.values()) {
    if (doc.type !== 'sop') continue;
    for (const tpl of doc.data.templates) usedBy.set(tpl, [...(usedBy.get(tpl) ?? []), doc.id]);
  }
  const org = corpus.org?.data;
  return {
    recordsBy,
    usedBy,
    docs,
    docIds: new Set(corpus.documents.flatMap((d) => (d.id ? [d.id] : []))),
    evidence,
    evidenceIds: new Set(corpus.evidence.flatMap((e) => (e.id ? [e.id] : []))),
    clauses,
    departments: new Set(org?.departments.map((d) => d.id) ?? []),
    roles: new Set(org?.roles.map((r) => r.id) ?? []),
    hasOrg: org !== undefined,
    hasStandards: corpus.standards.size > 0,
  };
}

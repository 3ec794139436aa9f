// The loaded content tree as plain data: what every check, the coverage and the site read.
import type { Applicability, Case, CompetenceAssessment, CompetenceRole, Finding, Measurement, Classification, DocType, Evidence, Glossary, Org, Policy, Relationship, Sop, Standard, Template, Rules } from '../schema/index.ts';
import type { BodyInfo } from './body.ts';
import type { Risk } from '../schema/index.ts';
import type { Problem } from './problem.ts';

/** Where a YAML mapping came from, so a field path can be turned into a line and column. */
export interface YamlSource {
  readonly file: string;
  /** The YAML text alone (frontmatter without its `---` fences, or the whole file). */
  readonly text: string;
  /** Lines in the file before the YAML text starts. */
  readonly lineOffset: number;
  /** Path of this mapping inside the YAML text, e.g. `['records', 3]` for one evidence record. */
  readonly basePath: readonly (string | number)[];
}

export type DocData = Policy | Sop | Template | Case | Relationship;

interface DocBase<T extends DocType, D extends DocData> {
  readonly type: T;
  readonly file: string;
  /** The id as written, even when the rest of the frontmatter is invalid (for duplicate and reference checks). */
  readonly id: string | undefined;
  /** Validated frontmatter; undefined when it failed the schema (its problems are in `loadProblems`). */
  readonly data: D | undefined;
  readonly source: YamlSource;
  readonly body: BodyInfo;
  /** The whole file as read, for checks that search its text. */
  readonly text: string;
}

export type Doc =
  | DocBase<'policy', Policy>
  | DocBase<'sop', Sop>
  | DocBase<'template', Template>
  | DocBase<'case', Case>
  | DocBase<'relationship', Relationship>;

/** A document whose frontmatter passed its schema. */
export type ValidDoc = Doc & { readonly id: string; readonly data: DocData };

export interface EvidenceRecord {
  readonly file: string;
  readonly id: string | undefined;
  readonly data: Evidence | undefined;
  readonly source: YamlSource;
}

/** An entry of a YAML register (findings…): its file, id, data when it passed its schema, and where it is. */
export interface RegisterEntry<T> {
  readonly file: string;
  readonly id: string | undefined;
  readonly data: T | undefined;
  readonly source: YamlSource;
}

export interface Loaded<T> {
  readonly data: T;
  readonly source: YamlSource;
}

export interface Corpus {
  /** Every file under content/, repository-relative with forward slashes. */
  readonly files: readonly string[];
  readonly org: Loaded<Org> | undefined;
  readonly standards: ReadonlyMap<string, Loaded<Standard>>;
  readonly applicability: Loaded<Applicability> | undefined;
  readonly glossary: Loaded<Glossary> | undefined;
  /** content/rules.yaml: the organisation's parameters, cited by id from documents. */
  readonly rules: Loaded<Rules> | undefined;
  readonly documents: readonly Doc[];
  readonly evidence: readonly EvidenceRecord[];
  /** content/findings/*.yaml: nonconformities, observations and opportunities for improvement. */
  readonly findings: readonly RegisterEntry<Finding>[];
  /** content/risks/*.yaml: the risk register (absent in corpora made before it). */
  readonly risks?: readonly RegisterEntry<Risk>[];
  /** content/measurements/*.yaml: measured values of objectives' indicators (id `objective:indicator:period`). */
  readonly measurements: readonly RegisterEntry<Measurement>[];
  /** Competence register: content/competence/roles.yaml (what each role needs) and the assessments (the other files there). */
  readonly competenceRoles?: readonly RegisterEntry<CompetenceRole>[];
  readonly assessments?: readonly RegisterEntry<CompetenceAssessment>[];
  /** Problems found while reading: YAML syntax, schema, missing files, MDX that does not parse. */
  readonly loadProblems: readonly Problem[];
  /**
   * Files of the repository around the content that checks compare with it, read when the root has a
   * `.github/` folder: `.github/CODEOWNERS` (undefined when missing).
   */
  readonly repository?: { readonly codeowners: string | undefined };
}

/**
 * The classification of the records a document produces: a template's `records_classification`, else
 * the document's own. Evidence without a classification inherits it; evidence below it is CB305.
 */
export function recordsClassification(doc: ValidDoc): Classification {
  return (doc.type === 'template' ? doc.data.records_classification : undefined) ?? doc.data.classification;
}

/** Whether a document passed its schema. */
export function isValidDoc(doc: Doc): doc is ValidDoc {
  return doc.data !== undefined && doc.id !== undefined;
}

/** Documents that passed their schema. */
export function validDocs(corpus: Corpus): ValidDoc[] {
  return corpus.documents.filter(isValidDoc);
}

/** Evidence records that passed their schema. */
export function validEvidence(corpus: Corpus): (EvidenceRecord & { data: Evidence; id: string })[] {
  return corpus.evidence.filter((e): e is EvidenceRecord & { data: Evidence; id: string } => e.data !== undefined);
}

/** Register entries that passed their schema. */
export function validEntries<T>(entries: readonly RegisterEntry<T>[]): (RegisterEntry<T> & { data: T; id: string })[] {
  return entries.filter((e): e is RegisterEntry<T> & { data: T; id: string } => e.data !== undefined && e.id !== undefined);
}

// Read content/ from disk into a Corpus: the only module of the model that touches the file system.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ApplicabilitySchema, DOC_TYPES, DOC_TYPE_NAMES, EvidenceFileSchema, EvidenceSchema, FindingSchema, FindingsFileSchema, GlossarySchema, MeasurementSchema, MeasurementsFileSchema, OrgSchema, RulesSchema, StandardSchema } from '../../schema/index.ts';
import type { Classification, DocType, EvidenceInput, Finding, Measurement, Standard } from '../../schema/index.ts';
// Risk register
import { RiskSchema, RisksFileSchema } from '../../schema/index.ts';
import type { Risk } from '../../schema/index.ts';
import { CompetenceAssessmentSchema, CompetenceAssessmentsFileSchema, CompetenceRoleSchema, CompetenceRolesFileSchema } from '../../schema/index.ts';
import type { CompetenceAssessment, CompetenceRole } from '../../schema/index.ts';
import type { ZodType } from 'zod';
import { analyseBody } from '../body.ts';
import type { BodyInfo } from '../body.ts';
import type { Corpus, Doc, EvidenceRecord, Loaded, RegisterEntry, YamlSource } from '../corpus.ts';
import { isValidDoc, recordsClassification } from '../corpus.ts';
import { splitFrontmatter } from '../frontmatter.ts';
import { problem } from '../problem.ts';
import type { Problem, ProblemArgs } from '../problem.ts';
import { validate } from '../schema-issues.ts';
import { readYaml } from './read-yaml.ts';
import { locate } from '../locate.ts';
import { LIMITS } from '../../schema/limits.ts';
import { READ_CONCURRENCY, caseCollisions, decodeContent, isParsed, mapLimited } from './read-files.ts';
import { diskSource } from './disk-source.ts';
import type { ContentCache } from './content-cache.ts';

/** Where content files come from: the working tree, or a git commit (src/model/load/git-source.ts). */
export interface ContentSource {
  /** Every file under the content folder, relative to the root, forward slashes. */
  list(contentDir: string): Promise<string[]>;
  /** A file's bytes (decoded as strict UTF-8 by the loader). */
  read(file: string): Promise<Uint8Array>;
  /** Entries under the content folder that are neither files nor folders (symbolic links, sockets…). */
  skipped?(): readonly ProblemArgs<'CB407'>[];
  /** A file's size in bytes, without reading it (for attachments, which are never decoded). */
  size?(file: string): Promise<number>;
  /** The working tree this source reads, when it is one (CODEOWNERS is read beside it). */
  readonly worktree?: string;
  /** A file's size and modification time (for the content cache's index). */
  stat?(file: string): Promise<{ size: number; mtimeMs: number }>;
  /**
   * A file's bytes in a buffer this source reuses: valid until its next call, to hash a file without
   * leaving its bytes behind (the content cache stamps every file of a tree).
   */
  readShared?(file: string): Uint8Array;
}

export interface LoadOptions {
  /** Folder holding `content/`; paths in problems are relative to it. */
  readonly root: string;
  /** Name of the content folder inside root (default `content`). */
  readonly contentDir?: string;
  /** Read from here instead of the files under `root`. */
  readonly source?: ContentSource;
  /** Reuse what an earlier run parsed of the files that did not change (content-cache.ts). */
  readonly cache?: ContentCache;
}

export { diskSource } from './disk-source.ts';

/** Load and validate every file of the content tree. */
export async function loadCorpus(options: LoadOptions): Promise<Corpus> {
  const contentDir = options.contentDir ?? 'content';
  const source = options.source ?? diskSource(options.root);
  const listed = (await source.list(contentDir)).sort();
  const problems: Problem[] = [];
  // Symbolic links are refused, not followed: one could point outside the repository.
  for (const skipped of source.skipped?.() ?? []) problems.push(problem('CB407', { file: skipped.file, line: 1, column: 1 }, skipped));
  problems.push(...caseCollisions(listed));
  // Every file the loader parses (MDX, YAML) read once, a bounded number at a time; one that is not
  // UTF-8 is reported and left out. Attachments (PDF, images…) are listed, never decoded. With a cache,
  // a file whose stamp proves it unchanged is not read: what parsing it made comes from the cache.
  const texts = new Map<string, string>();
  const undecodable = new Set<string>();
  const hashes = new Map<string, string>();
  const ready = new Map<string, Product<unknown>>();
  const cache = options.cache;
  await mapLimited(listed.filter(isParsed), READ_CONCURRENCY, async (file) => {
    let bytes: Uint8Array | undefined;
    if (cache && source.stat) {
      const { size, mtimeMs } = await source.stat(file);
      const trusted = cache.trusted(file, size, mtimeMs);
      const found = trusted && await cache.product<Product<unknown>>(file, trusted.hash);
      if (trusted) hashes.set(file, trusted.hash);
      if (found) {
        ready.set(file, found);
        return;
      }
      bytes = await source.read(file);
      cache.read.add(file);
      if (!trusted) hashes.set(file, cache.stamp(file, size, mtimeMs, bytes).hash);
    }
    const decoded = decodeContent(file, bytes ?? await source.read(file));
    if ('text' in decoded) texts.set(file, decoded.text);
    else {
      problems.push(decoded.problem);
      undecodable.add(file);
    }
  });
  const files = listed.filter((f) => !undecodable.has(f));
  // Attachments are copied into every build: one past the limit belongs in the document system, linked.
  if (source.size) {
    await mapLimited(files.filter((f) => !isParsed(f)), READ_CONCURRENCY, async (file) => {
      const bytes = await source.size!(file);
      if (bytes <= LIMITS.attachmentBytes) return;
      problems.push(problem('CB311', { file, line: 1, column: 1 }, { kind: 'attachment', bytes, max: LIMITS.attachmentBytes }));
    });
  }
  const rel = (name: string) => `${contentDir}/${name}`;
  /** What parsing `file` makes, and the problems it finds: from the cache when the file is unchanged. */
  const produce = async <T>(file: string, parse: (text: string, found: Problem[]) => T): Promise<T> => {
    const hash = hashes.get(file);
    const cached = ready.get(file) as Product<T> | undefined ?? (cache && hash ? await cache.product<Product<T>>(file, hash) : undefined);
    if (cached) {
      if (hash) cache?.keep(file, hash, cached);
      problems.push(...cached.problems);
      return unpack(cached.value, cached.text);
    }
    const found: Problem[] = [];
    const text = texts.get(file)!;
    const value = parse(text, found);
    problems.push(...found);
    if (cache && hash) cache.keep(file, hash, { value: pack(value, text), problems: found, text });
    return value;
  };
  const loadConfig = <S extends Parameters<typeof validate>[0]>(file: string, schema: S, required: boolean) => {
    if (files.includes(file)) return produce(file, (text, found) => parseConfig(file, text, schema, found));
    if (required) problems.push(problem('CB404', { file, line: 1, column: 1 }, { file }));
    return undefined;
  };

  const org = await loadConfig(rel('org.yaml'), OrgSchema, true);
  const applicability = await loadConfig(rel('applicability.yaml'), ApplicabilitySchema, false);
  const glossary = await loadConfig(rel('glossary.yaml'), GlossarySchema, false);
  const rules = await loadConfig(rel('rules.yaml'), RulesSchema, false);
  const standards = new Map<string, Loaded<Standard>>();
  for (const file of files.filter((f) => f.startsWith(rel('standards/')) && /\.ya?ml$/.test(f))) {
    const loaded = await loadConfig(file, StandardSchema, true);
    if (loaded) standards.set(loaded.data.key, loaded);
  }

  const docFiles = files.filter((f) => docTypeOf(f, contentDir) !== undefined);
  const documents: Doc[] = [];
  for (const file of docFiles) documents.push(await produce(file, (text, found) => loadDocument(file, docTypeOf(file, contentDir)!, text, found)));

  const written: WrittenEvidence[] = [];
  for (const file of files.filter((f) => new RegExp(`^${contentDir}/evidence/[^/]+\\.ya?ml$`).test(f))) {
    written.push(...await produce(file, (text, found) => loadEvidenceFile(file, text, found)));
  }
  const evidence = resolveEvidenceClassification(written, documents);
  const findings: RegisterEntry<Finding>[] = [];
  for (const file of files.filter((f) => new RegExp(`^${contentDir}/findings/[^/]+\\.ya?ml$`).test(f))) {
    findings.push(...await produce(file, (text, found) => loadRegisterFile(file, text, found, 'findings', FindingsFileSchema, FindingSchema)));
  }
  // Risk register: content/risks/*.yaml, each risk validated on its own.
  const risks: RegisterEntry<Risk>[] = [];
  for (const file of files.filter((f) => new RegExp(`^${contentDir}/risks/[^/]+\\.ya?ml$`).test(f))) {
    risks.push(...await produce(file, (text, found) => loadRegisterFile(file, text, found, 'risks', RisksFileSchema, RiskSchema)));
  }
  // Objectives register: measurements, keyed `objective:indicator:period` (they have no id of their own).
  const measurements: RegisterEntry<Measurement>[] = [];
  for (const file of files.filter((f) => new RegExp(`^${contentDir}/measurements/[^/]+\\.ya?ml$`).test(f))) {
    measurements.push(...await produce(file, (text, found) => loadRegisterFile(file, text, found, 'measurements', MeasurementsFileSchema, MeasurementSchema, measurementKey)));
  }
  // Competence register: roles.yaml holds what each role needs, every other YAML file there assessments.
  const competenceRoles: RegisterEntry<CompetenceRole>[] = [];
  const assessments: RegisterEntry<CompetenceAssessment>[] = [];
  for (const file of files.filter((f) => new RegExp(`^${contentDir}/competence/[^/]+\\.ya?ml$`).test(f))) {
    if (/\/roles\.ya?ml$/.test(file)) competenceRoles.push(...await produce(file, (text, found) => loadRegisterFile(file, text, found, 'roles', CompetenceRolesFileSchema, CompetenceRoleSchema)));
    else assessments.push(...await produce(file, (text, found) => loadRegisterFile(file, text, found, 'assessments', CompetenceAssessmentsFileSchema, CompetenceAssessmentSchema)));
  }
  // The working tree's .github/CODEOWNERS, for CB405 (a commit read from git has no such neighbour).
  const worktree = options.source === undefined || options.source.worktree === options.root;
  const repository = worktree && existsSync(path.join(options.root, '.github'))
    ? { codeowners: await readFile(path.join(options.root, '.github/CODEOWNERS'), 'utf8').catch(() => undefined) }
    : undefined;
  return { files, org, standards, applicability, glossary, rules, documents, evidence, findings, risks, measurements, competenceRoles, assessments, loadProblems: problems, ...(repository ? { repository } : {}) };
}


/** The document type whose folder holds `file`, or undefined. */
export function docTypeOf(file: string, contentDir = 'content'): DocType | undefined {
  if (!file.endsWith('.mdx')) return undefined;
  return DOC_TYPE_NAMES.find((type) => file.startsWith(`${contentDir}/${DOC_TYPES[type].folder}/`));
}

/** What a file of the loader makes, with the problems found making it and its text (the content cache keeps them). */
interface Product<T> {
  readonly value: T;
  readonly problems: readonly Problem[];
  readonly text: string;
}

/**
 * What the cache keeps holds each file's text once: a register's entries each hold it in their source
 * (for positions), and a document holds it as its text and again as the frontmatter part of it (its
 * source). A string is copied each time it is serialised, and a copy read back is a string of its own:
 * a document's frontmatter is kept as where it lies in the text and is a slice of it again when read.
 */
type Packed = { text?: string; source?: YamlSource & { at?: readonly [number, number] } };

function pack<T>(value: T, text: string): T {
  if (Array.isArray(value)) return value.map((entry: { source?: YamlSource }) => (entry?.source?.text === text ? { ...entry, source: { ...entry.source, text: '' } } : entry)) as T;
  const doc = value as Packed | undefined;
  const at = doc?.source && doc.text === text ? text.indexOf(doc.source.text) : -1;
  if (!doc?.source || at < 0) return value;
  return { ...doc, text: '', source: { ...doc.source, text: '', at: [at, doc.source.text.length] } } as T;
}

function unpack<T>(value: T, text: string): T {
  if (Array.isArray(value)) return value.map((entry: { source?: YamlSource }) => (entry?.source?.text === '' ? { ...entry, source: { ...entry.source, text } } : entry)) as T;
  const doc = value as Packed | undefined;
  if (!doc?.source?.at) return value;
  const { at, ...source } = doc.source;
  return { ...doc, text, source: { ...source, text: text.slice(at[0], at[0] + at[1]) } } as T;
}

function parseConfig<S extends Parameters<typeof validate>[0]>(file: string, text: string, schema: S, problems: Problem[]) {
  const source: YamlSource = { file, text, lineOffset: 0, basePath: [] };
  const parsed = readYaml(source);
  problems.push(...parsed.problems);
  if (parsed.data === undefined) return undefined;
  const checked = validate(schema, parsed.data ?? {}, source);
  problems.push(...checked.problems);
  return checked.data === undefined ? undefined : { data: checked.data as NonNullable<typeof checked.data>, source };
}

function loadDocument(file: string, type: DocType, text: string, problems: Problem[]): Doc {
  const split = splitFrontmatter(text);
  if (!split) {
    problems.push(problem('CB100', { file, line: 1, column: 1 }, { kind: 'no-frontmatter' }));
    const source: YamlSource = { file, text: '', lineOffset: 0, basePath: [] };
    return { type, file, id: undefined, data: undefined, source, body: analyseBody(text, 0), text } as Doc;
  }
  const source: YamlSource = { file, text: split.yaml, lineOffset: split.yamlLineOffset, basePath: [] };
  const at = { file, line: split.bodyLineOffset + 1, column: 1 };
  const oversized = split.body.length > LIMITS.bodyChars;
  // A body past the size limit is not parsed at all: the limit is what keeps a build's cost bounded.
  const body: BodyInfo = oversized ? { headings: [], links: [], directives: [], findings: [], length: split.body.length } : analyseBody(split.body, split.bodyLineOffset);
  if (oversized) {
    problems.push(problem('CB311', at, { kind: 'body', chars: split.body.length, max: LIMITS.bodyChars }));
  }
  if (body.tooDeep) {
    problems.push(problem('CB310', { file, line: body.tooDeep.line, column: 1 }, { depth: body.tooDeep.depth, max: LIMITS.nestingDepth }));
  }
  if (body.parseError) {
    const { message, line, column } = body.parseError;
    problems.push(problem('CB301', { file, line, column }, { reason: message }));
  }
  const parsed = readYaml(source);
  problems.push(...parsed.problems);
  const raw = parsed.data;
  problems.push(...oversizedFields(raw, source));
  const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined;
  if (parsed.data === undefined) return { type, file, id, data: undefined, source, body, text } as Doc;
  const checked = validate(DOC_TYPES[type].schema, raw ?? {}, source);
  problems.push(...checked.problems);
  return { type, file, id, data: checked.data, source, body, text } as Doc;
}

type WrittenEvidence = Omit<EvidenceRecord, 'data'> & { readonly data: EvidenceInput | undefined };

/**
 * A record without `classification` takes that of the records of the document that produced it:
 * the template's `records_classification`, else the producer's own classification, else internal.
 */
function resolveEvidenceClassification(records: readonly WrittenEvidence[], documents: readonly Doc[]): EvidenceRecord[] {
  const producers = new Map<string, Classification>();
  for (const doc of documents.filter(isValidDoc)) if (!producers.has(doc.id)) producers.set(doc.id, recordsClassification(doc));
  return records.map((record) => {
    if (!record.data) return { ...record, data: undefined };
    const { classification, ...rest } = record.data;
    const resolved = classification ?? producers.get(rest.produced_by) ?? 'internal';
    return { ...record, data: { ...rest, classification: resolved, classificationStated: classification !== undefined } };
  });
}

function loadEvidenceFile(file: string, text: string, problems: Problem[]): WrittenEvidence[] {
  return loadRegisterFile(file, text, problems, 'records', EvidenceFileSchema, EvidenceSchema);
}

/** The entries of one register file (`{ <key>: [...] }`), each validated on its own. */
function loadRegisterFile<T>(file: string, text: string, problems: Problem[], key: string, envelope: ZodType, schema: ZodType<T>, idOf: (raw: Record<string, unknown>) => string | undefined = (raw) => (typeof raw.id === 'string' ? raw.id : undefined)): RegisterEntry<T>[] {
  const source: YamlSource = { file, text, lineOffset: 0, basePath: [] };
  const parsed = readYaml(source);
  problems.push(...parsed.problems);
  if (parsed.data === undefined) return [];
  const outer = validate(envelope, parsed.data ?? {}, source);
  problems.push(...outer.problems);
  const list = (outer.data as Record<string, unknown[]> | undefined)?.[key];
  if (!list) return [];
  return list.map((raw, index) => {
    const entrySource: YamlSource = { ...source, basePath: [key, index] };
    problems.push(...oversizedFields(raw, entrySource));
    const checked = validate(schema, raw, entrySource);
    problems.push(...checked.problems);
    const id = isRecord(raw) ? idOf(raw) : undefined;
    return { file, id, data: checked.data, source: entrySource };
  });
}

/** CB311 for each text value longer than the field limit (title and summary have their own, in the schemas). */
function oversizedFields(data: unknown, source: YamlSource, path: PropertyKey[] = []): Problem[] {
  if (typeof data === 'string') {
    if (data.length <= LIMITS.fieldChars || path.length === 1 && (path[0] === 'title' || path[0] === 'summary')) return [];
    return [problem('CB311', locate(source, path), { kind: 'field', field: path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${String(p)}` : String(p))).join(''), chars: data.length, max: LIMITS.fieldChars })];
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => oversizedFields(item, source, [...path, i]));
  if (isRecord(data)) return Object.entries(data).flatMap(([key, value]) => oversizedFields(value, source, [...path, key]));
  return [];
}

/** A measurement's key: its objective, indicator and period (objectives register). */
const measurementKey = (raw: Record<string, unknown>) =>
  [raw.objective, raw.indicator, raw.period].every((v) => typeof v === 'string') ? `${raw.objective}:${raw.indicator}:${raw.period}` : undefined;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

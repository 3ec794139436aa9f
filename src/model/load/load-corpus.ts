// Read content/ from disk into a Corpus: the only module of the model that touches the file system.
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
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
import { READ_CONCURRENCY, caseCollisions, decodeContent, mapLimited } from './read-files.ts';

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
}

export interface LoadOptions {
  /** Folder holding `content/`; paths in problems are relative to it. */
  readonly root: string;
  /** Name of the content folder inside root (default `content`). */
  readonly contentDir?: string;
  /** Read from here instead of the files under `root`. */
  readonly source?: ContentSource;
}

/** The working tree under `root`. */
export function diskSource(root: string): ContentSource {
  const skipped: ProblemArgs<'CB407'>[] = [];
  return {
    async list(contentDir) {
      const entries = await readdir(path.join(root, contentDir), { recursive: true, withFileTypes: true });
      const name = (e: (typeof entries)[number]) => toPosix(path.relative(root, path.join(e.parentPath, e.name)));
      for (const e of entries) if (!e.isFile() && !e.isDirectory()) skipped.push({ file: name(e), kind: e.isSymbolicLink() ? 'symbolic-link' : 'special' });
      return entries.filter((e) => e.isFile()).map(name);
    },
    read: (file) => readFile(path.join(root, file)),
    skipped: () => skipped,
    size: async (file) => (await stat(path.join(root, file))).size,
  };
}

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
  // UTF-8 is reported and left out. Attachments (PDF, images…) are listed, never decoded.
  const texts = new Map<string, string>();
  const undecodable = new Set<string>();
  await mapLimited(listed.filter(isParsed), READ_CONCURRENCY, async (file) => {
    const decoded = decodeContent(file, await source.read(file));
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
  const read = async (file: string) => texts.get(file)!;
  const rel = (name: string) => `${contentDir}/${name}`;

  const org = await loadConfig(rel('org.yaml'), files, read, OrgSchema, problems, true);
  const applicability = await loadConfig(rel('applicability.yaml'), files, read, ApplicabilitySchema, problems, false);
  const glossary = await loadConfig(rel('glossary.yaml'), files, read, GlossarySchema, problems, false);
  const rules = await loadConfig(rel('rules.yaml'), files, read, RulesSchema, problems, false);
  const standards = new Map<string, Loaded<Standard>>();
  for (const file of files.filter((f) => f.startsWith(rel('standards/')) && /\.ya?ml$/.test(f))) {
    const loaded = await loadConfig(file, files, read, StandardSchema, problems, true);
    if (loaded) standards.set(loaded.data.key, loaded);
  }

  const docFiles = files.filter((f) => docTypeOf(f, contentDir) !== undefined);
  const documents = await Promise.all(docFiles.map(async (file) => loadDocument(file, docTypeOf(file, contentDir)!, await read(file), problems)));

  const written: WrittenEvidence[] = [];
  for (const file of files.filter((f) => new RegExp(`^${contentDir}/evidence/[^/]+\\.ya?ml$`).test(f))) {
    written.push(...loadEvidenceFile(file, await read(file), problems));
  }
  const evidence = resolveEvidenceClassification(written, documents);
  const findings: RegisterEntry<Finding>[] = [];
  for (const file of files.filter((f) => new RegExp(`^${contentDir}/findings/[^/]+\\.ya?ml$`).test(f))) {
    findings.push(...loadRegisterFile(file, await read(file), problems, 'findings', FindingsFileSchema, FindingSchema));
  }
  // Risk register: content/risks/*.yaml, each risk validated on its own.
  const risks: RegisterEntry<Risk>[] = [];
  for (const file of files.filter((f) => new RegExp(`^${contentDir}/risks/[^/]+\\.ya?ml$`).test(f))) {
    risks.push(...loadRegisterFile(file, await read(file), problems, 'risks', RisksFileSchema, RiskSchema));
  }
  // Objectives register: measurements, keyed `objective:indicator:period` (they have no id of their own).
  const measurements: RegisterEntry<Measurement>[] = [];
  for (const file of files.filter((f) => new RegExp(`^${contentDir}/measurements/[^/]+\\.ya?ml$`).test(f))) {
    measurements.push(...loadRegisterFile(file, await read(file), problems, 'measurements', MeasurementsFileSchema, MeasurementSchema, measurementKey));
  }
  // Competence register: roles.yaml holds what each role needs, every other YAML file there assessments.
  const competenceRoles: RegisterEntry<CompetenceRole>[] = [];
  const assessments: RegisterEntry<CompetenceAssessment>[] = [];
  for (const file of files.filter((f) => new RegExp(`^${contentDir}/competence/[^/]+\\.ya?ml$`).test(f))) {
    if (/\/roles\.ya?ml$/.test(file)) competenceRoles.push(...loadRegisterFile(file, await read(file), problems, 'roles', CompetenceRolesFileSchema, CompetenceRoleSchema));
    else assessments.push(...loadRegisterFile(file, await read(file), problems, 'assessments', CompetenceAssessmentsFileSchema, CompetenceAssessmentSchema));
  }
  // The working tree's .github/CODEOWNERS, for CB405 (a commit read from git has no such neighbour).
  const repository = options.source === undefined && existsSync(path.join(options.root, '.github'))
    ? { codeowners: await readFile(path.join(options.root, '.github/CODEOWNERS'), 'utf8').catch(() => undefined) }
    : undefined;
  return { files, org, standards, applicability, glossary, rules, documents, evidence, findings, risks, measurements, competenceRoles, assessments, loadProblems: problems, ...(repository ? { repository } : {}) };
}

/** Files the loader reads as text: documents and YAML. */
const isParsed = (file: string) => /\.(mdx|ya?ml)$/.test(file);

/** The document type whose folder holds `file`, or undefined. */
export function docTypeOf(file: string, contentDir = 'content'): DocType | undefined {
  if (!file.endsWith('.mdx')) return undefined;
  return DOC_TYPE_NAMES.find((type) => file.startsWith(`${contentDir}/${DOC_TYPES[type].folder}/`));
}

async function loadConfig<S extends Parameters<typeof validate>[0]>(
  file: string,
  files: readonly string[],
  read: (file: string) => Promise<string>,
  schema: S,
  problems: Problem[],
  required: boolean,
) {
  if (!files.includes(file)) {
    if (required) problems.push(problem('CB404', { file, line: 1, column: 1 }, { file }));
    return undefined;
  }
  const source: YamlSource = { file, text: await read(file), lineOffset: 0, basePath: [] };
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
const toPosix = (p: string) => p.split(path.sep).join('/');

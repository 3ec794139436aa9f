// Parsing one content file's text into what the model holds (a document, a register's entries, a
// configuration file) and the problems found doing it: pure functions of a file's path and text, which
// the content cache can answer for a file that did not change.
import { DOC_TYPES, DOC_TYPE_NAMES, EvidenceFileSchema, EvidenceSchema, FindingSchema, FindingsFileSchema, MeasurementSchema, MeasurementsFileSchema } from '../../schema/index.ts';
import type { DocType, EvidenceInput, Finding, Measurement } from '../../schema/index.ts';
import { RiskSchema, RisksFileSchema } from '../../schema/index.ts';
import type { Risk } from '../../schema/index.ts';
import { CompetenceAssessmentSchema, CompetenceAssessmentsFileSchema, CompetenceRoleSchema, CompetenceRolesFileSchema } from '../../schema/index.ts';
import type { CompetenceAssessment, CompetenceRole } from '../../schema/index.ts';
import type { ZodType } from 'zod';
import { analyseBody } from '../body.ts';
import type { BodyInfo } from '../body.ts';
import type { Doc, EvidenceRecord, RegisterEntry, YamlSource } from '../corpus.ts';
import { splitFrontmatter } from '../frontmatter.ts';
import { problem } from '../problem.ts';
import type { Problem } from '../problem.ts';
import { validate } from '../schema-issues.ts';
import { readYaml } from './read-yaml.ts';
import { locate } from '../locate.ts';
import { LIMITS } from '../../schema/limits.ts';

/** The document type whose folder holds `file`, or undefined. */
function docTypeOf(file: string, contentDir = 'content'): DocType | undefined {
  if (!file.endsWith('.mdx')) return undefined;
  return DOC_TYPE_NAMES.find((type) => file.startsWith(`${contentDir}/${DOC_TYPES[type].folder}/`));
}

/** What a file of the loader makes, with the problems found making it and its text (the content cache keeps them). */
export interface Product<T> {
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

export function pack<T>(value: T, text: string): T {
  if (Array.isArray(value)) return value.map((entry: { source?: YamlSource }) => (entry?.source?.text === text ? { ...entry, source: { ...entry.source, text: '' } } : entry)) as T;
  const doc = value as Packed | undefined;
  const at = doc?.source && doc.text === text ? text.indexOf(doc.source.text) : -1;
  if (!doc?.source || at < 0) return value;
  return { ...doc, text: '', source: { ...doc.source, text: '', at: [at, doc.source.text.length] } } as T;
}

export function unpack<T>(value: T, text: string): T {
  if (Array.isArray(value)) return value.map((entry: { source?: YamlSource }) => (entry?.source?.text === '' ? { ...entry, source: { ...entry.source, text } } : entry)) as T;
  const doc = value as Packed | undefined;
  if (!doc?.source?.at) return value;
  const { at, ...source } = doc.source;
  return { ...doc, text, source: { ...source, text: text.slice(at[0], at[0] + at[1]) } } as T;
}

export function parseConfig<S extends Parameters<typeof validate>[0]>(file: string, text: string, schema: S, problems: Problem[]) {
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
function oversizedFields(data: unknown, source: YamlSource): Problem[] {
  const problems: Problem[] = [];
  // One path, pushed and popped as the walk goes: a new array per field cost more than the rest of the walk.
  const path: PropertyKey[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      if (value.length <= LIMITS.fieldChars || path.length === 1 && (path[0] === 'title' || path[0] === 'summary')) return;
      problems.push(problem('CB311', locate(source, path), { kind: 'field', field: path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${String(p)}` : String(p))).join(''), chars: value.length, max: LIMITS.fieldChars }));
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i]);
        path.pop();
      }
    } else if (isRecord(value)) {
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        path.push(key);
        walk(value[key]);
        path.pop();
      }
    }
  };
  walk(data);
  return problems;
}

/** A measurement's key: its objective, indicator and period (objectives register). */
const measurementKey = (raw: Record<string, unknown>) =>
  [raw.objective, raw.indicator, raw.period].every((v) => typeof v === 'string') ? `${raw.objective}:${raw.indicator}:${raw.period}` : undefined;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export type WrittenEvidence = Omit<EvidenceRecord, 'data'> & { readonly data: EvidenceInput | undefined };

/** What each kind of content file parses into. */
export interface Parsed {
  readonly document: Doc;
  readonly evidence: WrittenEvidence[];
  readonly findings: RegisterEntry<Finding>[];
  readonly risks: RegisterEntry<Risk>[];
  readonly measurements: RegisterEntry<Measurement>[];
  readonly roles: RegisterEntry<CompetenceRole>[];
  readonly assessments: RegisterEntry<CompetenceAssessment>[];
}
export type FileKind = keyof Parsed;

/**
 * The kind of a document or register file of `contentDir`, or undefined (configuration files, attachments).
 * The one place that says which folder holds which kind.
 */
export function kindOf(file: string, contentDir = 'content'): FileKind | undefined {
  if (docTypeOf(file, contentDir)) return 'document';
  const match = /^([^/]+)\/([^/]+)\.ya?ml$/.exec(file.startsWith(`${contentDir}/`) ? file.slice(contentDir.length + 1) : '');
  if (!match) return undefined;
  const [, folder, name] = match;
  if (folder === 'competence') return name === 'roles' ? 'roles' : 'assessments';
  return folder === 'evidence' || folder === 'findings' || folder === 'risks' || folder === 'measurements' ? folder : undefined;
}

/** Parse a document or register file of kind `kind`, pushing what is wrong with it to `problems`. */
export function parseFile<K extends FileKind>(kind: K, file: string, text: string, problems: Problem[], contentDir = 'content'): Parsed[K] {
  const parsed = (() => {
    switch (kind as FileKind) {
      case 'document': return loadDocument(file, docTypeOf(file, contentDir)!, text, problems);
      case 'evidence': return loadRegisterFile(file, text, problems, 'records', EvidenceFileSchema, EvidenceSchema);
      case 'findings': return loadRegisterFile(file, text, problems, 'findings', FindingsFileSchema, FindingSchema);
      case 'risks': return loadRegisterFile(file, text, problems, 'risks', RisksFileSchema, RiskSchema);
      // Objectives register: measurements, keyed `objective:indicator:period` (they have no id of their own).
      case 'measurements': return loadRegisterFile(file, text, problems, 'measurements', MeasurementsFileSchema, MeasurementSchema, measurementKey);
      // Competence register: roles.yaml holds what each role needs, every other YAML file there assessments.
      case 'roles': return loadRegisterFile(file, text, problems, 'roles', CompetenceRolesFileSchema, CompetenceRoleSchema);
      case 'assessments': return loadRegisterFile(file, text, problems, 'assessments', CompetenceAssessmentsFileSchema, CompetenceAssessmentSchema);
    }
  })();
  return parsed as Parsed[K];
}

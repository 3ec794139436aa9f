// Read content/ from disk into a Corpus: the only module of the model that touches the file system.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ApplicabilitySchema, GlossarySchema, OrgSchema, RulesSchema, StandardSchema } from '../../schema/index.ts';
import type { Classification, CompetenceAssessment, CompetenceRole, Finding, Measurement, Risk, Standard } from '../../schema/index.ts';
import type { Corpus, Doc, EvidenceRecord, Loaded, RegisterEntry } from '../corpus.ts';
import { isValidDoc, recordsClassification } from '../corpus.ts';
import { problem } from '../problem.ts';
import type { Problem, ProblemArgs } from '../problem.ts';
import type { validate } from '../schema-issues.ts';
import { LIMITS } from '../../schema/limits.ts';
import { kindOf, pack, parseConfig, parseFile, unpack } from './parse-file.ts';
import type { FileKind, Parsed, Product, WrittenEvidence } from './parse-file.ts';
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
  const byKind = Map.groupBy(files, (file) => kindOf(file, contentDir));
  /** Every file of one kind, in path order. */
  const loadAll = async <K extends FileKind>(kind: K): Promise<Parsed[K][]> => {
    const out: Parsed[K][] = [];
    for (const file of byKind.get(kind) ?? []) out.push(await produce(file, (text, found) => parseFile(kind, file, text, found, contentDir)));
    return out;
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

  const documents: Doc[] = await loadAll('document');
  const evidence = resolveEvidenceClassification((await loadAll('evidence')).flat(), documents);
  const findings: RegisterEntry<Finding>[] = (await loadAll('findings')).flat();
  // Risk register: content/risks/*.yaml, each risk validated on its own.
  const risks: RegisterEntry<Risk>[] = (await loadAll('risks')).flat();
  const measurements: RegisterEntry<Measurement>[] = (await loadAll('measurements')).flat();
  const competenceRoles: RegisterEntry<CompetenceRole>[] = (await loadAll('roles')).flat();
  const assessments: RegisterEntry<CompetenceAssessment>[] = (await loadAll('assessments')).flat();
  // The working tree's .github/CODEOWNERS, for CB405 (a commit read from git has no such neighbour).
  const worktree = options.source === undefined || options.source.worktree === options.root;
  const repository = worktree && existsSync(path.join(options.root, '.github'))
    ? { codeowners: await readFile(path.join(options.root, '.github/CODEOWNERS'), 'utf8').catch(() => undefined) }
    : undefined;
  return { files, org, standards, applicability, glossary, rules, documents, evidence, findings, risks, measurements, competenceRoles, assessments, loadProblems: problems, ...(repository ? { repository } : {}) };
}



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


// A cache of what loading and checking content made, keyed by the content itself, so that a second
// `check` re-reads and re-parses only the files that changed, and one with nothing changed prints the
// last result without loading anything.
//
// - index: each file's size, modification time and SHA-1. As git's index does, a file whose size and
//   time match is not read again, unless its time is within two seconds of when the index was written
//   (an edit in that window could keep both): such a file is read and hashed.
// - products: what parsing a file made (a document, a register's entries and their problems), by its
//   path and hash, in shards by path; read only when something changed, rewritten by shard.
// - result: the problems and counts of the last run, under a key of every file's hash, the date
//   checked as of, the code and its libraries. Any difference is a miss; nothing is ever patched.
//
// The cache lives in node_modules/.cache/clausebook/ (ignored by git, removed by `npm ci`), one set of
// files per content folder; CLAUSEBOOK_CACHE=off disables it. Code is part of every key: a changed
// check, schema or message can never be answered from an older run.
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

/** What the index keeps of a file. */
export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly hash: string;
}

/** The time window in which an unchanged size and time do not prove a file unchanged. */
const RACY_MS = 2000;
const FORMAT = 1;

export class ContentCache {
  private index = new Map<string, FileStamp>();
  private readonly shards = new Map<number, Promise<ReadonlyMap<string, unknown>>>();
  /** Shards are read one after another: read at once, every shard's file was in memory at the same time. */
  private reading: Promise<unknown> = Promise.resolve();
  private readonly used = new Map<number, Map<string, unknown>>();
  private readonly changedShards = new Set<number>();
  private indexWritten = 0;
  private result: { key: string; value: unknown } | undefined;
  private readonly nextIndex = new Map<string, FileStamp>();
  private nextResult: { key: string; value: unknown } | undefined;
  /** Files read from disk in this run (for the bench and the tests: what a warm run re-read). */
  readonly read = new Set<string>();

  private readonly dir: string;
  private readonly code: string;

  private constructor(dir: string, code: string) {
    this.dir = dir;
    this.code = code;
  }

  /** The cache of the content folder `contentDir` under `root`, kept in `cacheDir`. */
  static async open(cacheDir: string, root: string, contentDir: string, code: string): Promise<ContentCache> {
    const scope = createHash('sha1').update(path.resolve(root, contentDir)).digest('hex').slice(0, 16);
    const cache = new ContentCache(path.join(cacheDir, scope), code);
    const index = await readCacheFile<{ format: number; code: string; written: number; files: [string, FileStamp][]; result?: { key: string; value: unknown } }>(path.join(cache.dir, 'index'));
    if (index && index.format === FORMAT && index.code === code) {
      cache.index = new Map(index.files);
      cache.indexWritten = index.written;
      cache.result = index.result;
    }
    return cache;
  }

  /** The stamp of a file whose size and time match the index, when they can be trusted; else undefined (read it). */
  trusted(file: string, size: number, mtimeMs: number): FileStamp | undefined {
    // Read and hashed in this run already.
    const now = this.nextIndex.get(file);
    if (now && now.size === size && now.mtimeMs === mtimeMs) return now;
    const known = this.index.get(file);
    if (!known || known.size !== size || known.mtimeMs !== mtimeMs || mtimeMs >= this.indexWritten - RACY_MS) return undefined;
    this.nextIndex.set(file, known);
    return known;
  }

  /** Record a file read in this run. */
  stamp(file: string, size: number, mtimeMs: number, bytes: Uint8Array): FileStamp {
    const stamp = { size, mtimeMs, hash: createHash('sha1').update(bytes).digest('hex') };
    this.read.add(file);
    this.nextIndex.set(file, stamp);
    return stamp;
  }

  /** What parsing `file` at `hash` made in an earlier run, or undefined. */
  async product<T>(file: string, hash: string): Promise<T | undefined> {
    const shard = shardOf(file);
    const stored = await this.shard(shard);
    const key = `${file}\u0000${hash}`;
    const found = stored.get(key) as T | undefined;
    if (found !== undefined) this.usedIn(shard).set(key, found);
    return found;
  }

  /** Keep what parsing `file` at `hash` made. */
  keep(file: string, hash: string, product: unknown): void {
    const shard = shardOf(file);
    const key = `${file}\u0000${hash}`;
    if (this.usedIn(shard).get(key) === product) return;
    this.usedIn(shard).set(key, product);
    this.changedShards.add(shard);
  }

  /** One shard of the products, read once however many files ask at the same time. */
  private shard(shard: number): Promise<ReadonlyMap<string, unknown>> {
    let read = this.shards.get(shard);
    if (!read) {
      read = this.reading
        .then(() => readCacheFile<{ format: number; code: string; products: [string, unknown][] }>(path.join(this.dir, `products-${shard}`)))
        .then((stored) => (stored && stored.format === FORMAT && stored.code === this.code ? new Map(stored.products) : new Map()));
      this.reading = read;
      this.shards.set(shard, read);
    }
    return read;
  }

  private usedIn(shard: number): Map<string, unknown> {
    let used = this.used.get(shard);
    if (!used) this.used.set(shard, (used = new Map()));
    return used;
  }

  /** The key of a run over the files stamped so far, with what else it depends on. */
  runKey(...parts: readonly string[]): string {
    const hash = createHash('sha1').update(this.code);
    for (const part of parts) hash.update(`\u0000${part}`);
    for (const [file, stamp] of [...this.nextIndex].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`\u0000${file}\u0000${stamp.hash}`);
    return hash.digest('hex');
  }

  /** The stored result of a run with `key`, or undefined. */
  lastResult<T>(key: string): T | undefined {
    return this.result?.key === key ? (this.result.value as T) : undefined;
  }

  /** Store the result of this run under `key`. */
  keepResult(key: string, value: unknown): void {
    this.nextResult = { key, value };
  }

  /**
   * Write the index, and each shard of products in which something changed or went unused, for the next
   * run. A shard is let go once written: the products are the run's corpus, the last thing holding it,
   * and the index is serialised with that memory free (once per run: the cache is not used after).
   */
  async save(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    for (const [shard, read] of this.shards) {
      const stored = await read;
      const used = this.used.get(shard) ?? new Map<string, unknown>();
      if (this.changedShards.has(shard) || used.size !== stored.size) {
        await writeCacheFile(path.join(this.dir, `products-${shard}`), { format: FORMAT, code: this.code, products: [...used] });
      }
      this.shards.delete(shard);
      this.used.delete(shard);
    }
    const result = this.nextResult ?? this.result;
    await writeCacheFile(path.join(this.dir, 'index'), { format: FORMAT, code: this.code, written: Date.now(), files: [...this.nextIndex], ...(result ? { result } : {}) });
  }
}

/**
 * Products are kept in shards by path, so that a run which re-parsed one file rewrites one shard, and
 * no single serialised buffer holds a whole large tree (100,000 documents are gigabytes as one).
 */
const SHARDS = 64;
const shardOf = (file: string) => createHash('sha1').update(file).digest()[0]! % SHARDS;

/** This project's folder: the code a cached result was made by. */
const PROJECT = fileURLToPath(new URL('../../..', import.meta.url));
let projectCode: Promise<string> | undefined;

/** `codeVersion` of this project, once per process (the check, the build's loader and its collections ask). */
export function projectCodeVersion(): Promise<string> {
  projectCode ??= codeVersion(PROJECT);
  return projectCode;
}

/** A hash of the code a cached result depends on: the model, schemas and messages, and the locked libraries. */
export async function codeVersion(projectRoot: string): Promise<string> {
  const hash = createHash('sha1');
  const src = path.join(projectRoot, 'src');
  const files = (await readdir(src, { recursive: true })).map(String).filter((f) => f.endsWith('.ts')).sort();
  for (const file of files) hash.update(file).update(await readFile(path.join(src, file)));
  hash.update(await readFile(path.join(projectRoot, 'package-lock.json')).catch(() => Buffer.from('no lock')));
  hash.update(process.version);
  return hash.digest('hex');
}

async function readCacheFile<T>(file: string): Promise<T | undefined> {
  try {
    return deserialize(await readFile(file)) as T;
  } catch {
    // Absent, or written by another Node version or half-written: a cache miss, never an error.
    return undefined;
  }
}

/** Write whole or not at all: a rename, so that a run stopped half-way leaves the last good file. */
async function writeCacheFile(file: string, value: unknown): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, serialize(value));
  await rename(temporary, file);
}

/** A file's size and modification time, for the index. */
export async function fileStat(file: string): Promise<{ size: number; mtimeMs: number }> {
  const s = await stat(file);
  return { size: s.size, mtimeMs: s.mtimeMs };
}

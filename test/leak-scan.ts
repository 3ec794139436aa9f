// Read every byte a build wrote as text, opening what is compressed (Pagefind's gzip files, the
// zip parts of .xlsx), so a leak test can search all of it, file names included.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, inflateRawSync } from 'node:zlib';

export interface ScannedFile {
  /** Path relative to the scanned folder; `!part` appended for a zip entry. */
  readonly name: string;
  readonly text: string;
}

/** Every file under `dir` (and every entry of every zip in it) as UTF-8 text. */
export async function scanOutput(dir: string): Promise<ScannedFile[]> {
  const out: ScannedFile[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const name = path.relative(dir, full);
    out.push(...expand(name, await readFile(full)));
  }
  return out;
}

function expand(name: string, bytes: Buffer): ScannedFile[] {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return expand(`${name}!gunzip`, gunzipSync(bytes));
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) return [{ name, text: '' }, ...zipEntries(bytes).flatMap(([part, data]) => expand(`${name}!${part}`, data))];
  return [{ name, text: bytes.toString('utf8') }];
}

/** Entries of a zip archive, from its central directory (stored or deflated). */
export function zipEntries(zip: Buffer): [string, Buffer][] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: [string, Buffer][] = [];
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const entryName = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(dataAt, dataAt + size);
    entries.push([entryName, method === 8 ? inflateRawSync(raw) : raw]);
    at += 46 + nameLength + skip;
  }
  return entries;
}

/** The canaries found in the scanned files (in content or in a file name), with where. */
export function findCanaries(files: readonly ScannedFile[], canaries: readonly string[]): Map<string, string[]> {
  const hits = new Map<string, string[]>();
  for (const canary of canaries) {
    const where = files.filter((f) => f.name.includes(canary) || f.text.includes(canary)).map((f) => f.name);
    if (where.length) hits.set(canary, where);
  }
  return hits;
}

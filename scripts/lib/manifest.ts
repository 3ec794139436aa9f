// The audit pack's manifest: every file with its SHA-256, and a verifier that re-hashes a pack.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const MANIFEST = 'manifest.json';

export interface ManifestFile {
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
}

export interface Manifest {
  readonly version: 1;
  readonly tool: { readonly name: string; readonly version: string };
  readonly organisation: string;
  readonly standard: string;
  readonly asOf: string;
  /** The commit the content was read from, or `working tree` (with the HEAD it sits on). */
  readonly commit: string;
  readonly profile: string;
  readonly since?: string;
  readonly files: readonly ManifestFile[];
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Hash `files` (relative to `dir`) and write manifest.json there. */
export async function writeManifest(dir: string, facts: Omit<Manifest, 'version' | 'files'>, files: readonly string[]): Promise<Manifest> {
  const entries: ManifestFile[] = [];
  for (const file of [...files].sort()) {
    const bytes = await readFile(path.join(dir, file));
    entries.push({ path: file, bytes: bytes.length, sha256: sha256(bytes) });
  }
  const manifest: Manifest = { version: 1, ...facts, files: entries };
  await writeFile(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export interface Verification {
  readonly ok: boolean;
  /** One line per file that differs, is missing, or is not in the manifest. */
  readonly problems: readonly string[];
  readonly checked: number;
}

/** Re-hash every file the manifest lists, and look for files it does not list. */
export async function verifyPack(dir: string): Promise<Verification> {
  const text = await readFile(path.join(dir, MANIFEST), 'utf8').catch(() => undefined);
  if (text === undefined) return { ok: false, problems: [`${MANIFEST}: missing; is ${dir} an audit pack?`], checked: 0 };
  const manifest = JSON.parse(text) as Manifest;
  const problems: string[] = [];
  for (const file of manifest.files) {
    const bytes = await readFile(path.join(dir, file.path)).catch(() => undefined);
    if (!bytes) problems.push(`${file.path}: missing`);
    else if (sha256(bytes) !== file.sha256) problems.push(`${file.path}: changed (SHA-256 ${sha256(bytes).slice(0, 12)}…, manifest says ${file.sha256.slice(0, 12)}…)`);
  }
  const listed = new Set([MANIFEST, ...manifest.files.map((f) => f.path)]);
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const rel = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (!listed.has(rel)) problems.push(`${rel}: not in the manifest`);
  }
  return { ok: problems.length === 0, problems, checked: manifest.files.length };
}

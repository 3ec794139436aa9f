// The build's settings: the one place that reads the environment. Everything a build or a command needs
// from outside its arguments (which content, as of when, which profile, where to write, which language)
// is read here once, validated with Zod, and handed on as one object; the CLI makes the same object from
// its flags (settingsFrom). A bad value stops with one line naming the variable, the value and the fix.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_PROFILE, PROFILES, isCalendarDate } from './schema/common.ts';

/** The UI languages (src/i18n/ has one dictionary each). */
export const LOCALE_NAMES = ['zh-CN', 'en'] as const;

/** Today in UTC, `YYYY-MM-DD`. */
const today = () => new Date().toISOString().slice(0, 10);

const DateSetting = z.string().refine(isCalendarDate, { error: (issue) => `"${String(issue.input)}" is not a date; write a real day as YYYY-MM-DD, e.g. 2026-11-30` });
const choice = <T extends readonly [string, ...string[]]>(names: T) =>
  z.enum(names, { error: (issue) => `unknown value "${String(issue.input)}"; use one of: ${names.join(', ')}` });

/** Each variable, what it means, and its default: the README's table is written from this. */
export const SETTINGS = {
  CLAUSEBOOK_ROOT: { key: 'root', schema: z.string().default('.').transform((v) => path.resolve(v)), doc: 'folder that holds `content/` (default: the working directory)' },
  CLAUSEBOOK_AS_OF: { key: 'asOf', schema: DateSetting.default(today), doc: 'date coverage, freshness and reviews are computed for, `YYYY-MM-DD` (default: today); an impossible date is refused' },
  CLAUSEBOOK_OUT_DIR: { key: 'outDir', schema: z.string().default('./dist'), doc: 'build output folder (default `dist/`)' },
  CLAUSEBOOK_LOCALE: { key: 'locale', schema: choice(LOCALE_NAMES).default('zh-CN'), doc: 'UI language, `zh-CN` (default) or `en`' },
  CLAUSEBOOK_HISTORY: { key: 'history', schema: choice(['on', 'off'] as const).default('on').transform((v) => v === 'on'), doc: '`off` builds without git revision history (default `on`)' },
  CLAUSEBOOK_PROFILE: { key: 'profile', schema: choice(PROFILES).default(DEFAULT_PROFILE), doc: '`public`, `internal` (default) or `restricted`: what the build publishes' },
  CLAUSEBOOK_BASE: { key: 'base', schema: z.string().default('/').transform(normaliseBase), doc: 'path the site is served below, e.g. `/collab-handbook/` (default `/`)' },
  CLAUSEBOOK_COMMIT: { key: 'commit', schema: z.string().optional(), doc: 'commit label the build prints (set by the audit pack, which builds a commit from a folder that is no checkout)' },
  CLAUSEBOOK_SINCE: { key: 'since', schema: z.string().optional(), doc: 'commit the audit page\'s change log starts from (set by the audit pack\'s `--since`)' },
  CLAUSEBOOK_GIT_ROOT: { key: 'gitRoot', schema: z.string().optional(), doc: 'repository `CLAUSEBOOK_SINCE` is read from (set by the audit pack; default: the content root)' },
  CLAUSEBOOK_PAST: { key: 'past', schema: choice(['on', 'off'] as const).default('off').transform((v) => v === 'on'), doc: '`on` builds a past state of the handbook (set by the audit pack): errors of history and consistency checks newer than that state are reported as warnings' },
  CLAUSEBOOK_CONTROL_BASE: { key: 'controlBase', schema: z.string().optional(), doc: 'git ref the build judges document control (CB501-CB505) against, as the `--base` flag of the check command does (default: none)' },
  CLAUSEBOOK_CACHE: { key: 'cache', schema: z.string().default('on'), doc: 'content cache of `npm run check`: `on` (default, in `node_modules/.cache/clausebook/`), `off`, or a folder to keep it in' },
  CHROMIUM_PATH: { key: 'chromium', schema: z.string().default('/usr/bin/chromium'), doc: 'browser for tests, screenshots and the audit pack (default `/usr/bin/chromium`)' },
} as const;

type Spec = typeof SETTINGS;
export type Settings = { readonly [K in keyof Spec as Spec[K]['key']]: z.output<Spec[K]['schema']> };
export type Profile = Settings['profile'];

/** A setting that cannot be used: printed as its message alone, without a stack trace. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

/**
 * Astro's content cache for a build of `profile` over the content root `root` (astro.config.mjs), relative to
 * the project: one per profile and root, which the bench clears to build from nothing.
 */
export function astroCacheDir(profile: Profile, root: string): string {
  return `./.astro/cache/${profile}-${createHash('sha256').update(root).digest('hex').slice(0, 12)}/`;
}

/** `CLAUSEBOOK_BASE` as Astro wants it: `/` or `/name/` (leading and trailing slash). */
export function normaliseBase(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Settings from variables (`CLAUSEBOOK_PROFILE: 'public'`, …); an empty or missing one takes its
 * default. `source` names where a bad value came from in the error (`--profile` for a flag).
 */
export function settingsFrom(values: Readonly<Record<string, string | undefined>>, source: (name: string) => string = (name) => name): Settings {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(SETTINGS)) {
    const raw = values[name] === '' ? undefined : values[name];
    const parsed = (spec.schema as z.ZodType).safeParse(raw);
    if (!parsed.success) throw new SettingsError(`${source(name)}: ${parsed.error.issues[0]?.message ?? 'invalid value'}`);
    out[spec.key] = parsed.data;
  }
  return out as Settings;
}

let fromEnvironment: Settings | undefined;

/** This process's settings from its environment, read once. */
export function settings(): Settings {
  fromEnvironment ??= settingsFrom(process.env);
  return fromEnvironment;
}

/**
 * Settings from this process's environment with command-line values on top (undefined ones left to
 * the environment); an error names the flag a bad value came from.
 */
export function settingsWith(flags: Partial<Record<keyof Spec, string | undefined>>, flagNames: Partial<Record<keyof Spec, string>>): Settings {
  const given = Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined));
  return settingsFrom({ ...process.env, ...given }, (name) => (name in given ? (flagNames[name as keyof Spec] ?? name) : name));
}

/** Whether a variable is set in this process's environment (a choice was made, not a default taken). */
export function isSet(name: keyof Spec): boolean {
  return Boolean(process.env[name]);
}

/**
 * The options of the memory allocator of Astro's bundler (Rolldown, a native library using mimalloc).
 * By default mimalloc gives freed memory back lazily and with MADV_FREE: the system takes those pages
 * only when it runs short, and until then they count as the process's resident memory. A build of 1,000
 * generated documents peaked at 1.30-1.35 GB; giving memory back at once (MADV_DONTNEED, no delay), the
 * same build peaks at 1.04-1.13 GB in the same time.
 */
export const BUNDLER_ALLOCATOR = { MIMALLOC_PURGE_DECOMMITS: '1', MIMALLOC_PURGE_DELAY: '0' } as const;

/**
 * Put BUNDLER_ALLOCATOR into this process's environment, a value already there winning. mimalloc reads
 * its options when the library loads: scripts/astro.mjs calls this before Astro loads Rolldown.
 */
export function setBundlerAllocator(env: Record<string, string | undefined> = process.env): void {
  for (const [name, value] of Object.entries(BUNDLER_ALLOCATOR)) env[name] ??= value;
}

/** This process's environment with `extra` on top: for a child process (git, a nested build). */
export function childEnv(extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  return { ...env, ...extra };
}

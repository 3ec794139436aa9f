// `npm run new -- <type> "<title>"`: scaffold a draft document or evidence file with the next free id and
// every schema field described, asking for what is missing in a terminal, and refusing what would clash.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as prompts from '@clack/prompts';
import { CLASSIFICATIONS, DOC_TYPES, DOC_TYPE_NAMES, EVIDENCE_KINDS } from '../src/schema/index.ts';
import type { Classification, DocType } from '../src/schema/index.ts';
import { CODEOWNERS_FILE, checkCodeowners, formatCodeowners } from '../src/model/codeowners.ts';
import { runChecks } from '../src/model/checks/index.ts';
import type { Corpus, YamlSource } from '../src/model/corpus.ts';
import { diskSource, loadCorpus } from '../src/model/load/load-corpus.ts';
import type { ContentSource } from '../src/model/load/load-corpus.ts';
import { readYaml } from '../src/model/load/read-yaml.ts';
import { formatProblem } from '../src/model/problem.ts';
import { evidencePrefix, fileSlug, idPrefix, isValidSlug, nextId, renderDocument, renderEvidenceFile } from '../src/tooling/scaffold.ts';
import { fail, loadFromFlags, parseCli } from './cli.ts';
import { isCalendarDate } from '../src/schema/common.ts';

const TYPES = [...DOC_TYPE_NAMES, 'evidence'] as const;
type NewType = DocType | 'evidence';

const USAGE = `Usage: npm run new -- <type> "<title>" [flags]
  <type>                    ${TYPES.join(', ')}
  --owner ID                department id from content/org.yaml (asked in a terminal)
  --classification C        ${CLASSIFICATIONS.join(', ')} (default internal; evidence: inherited)
  --clause REF              clause implemented or proved, e.g. gbt40144:8.5 (repeat, or a comma list)
  --slug NAME               file name instead of the title's pinyin (lower-case letters, digits, hyphens)
  --produced-by ID          evidence: the policy, SOP or template that produced the record
  --kind KIND               evidence: ${EVIDENCE_KINDS.join(', ')}
  --location WHERE          evidence: an https:// URL or a path under content/evidence/files/
  --date YYYY-MM-DD         today's date for the id and dates (default: today)
  --yes                     never ask; take flags only (as when stdin is not a terminal)
  --root DIR                folder holding content/ (default .)`;

const { values, positionals, asOf } = parseCli(
  {
    owner: { type: 'string' },
    classification: { type: 'string' },
    clause: { type: 'string', multiple: true },
    slug: { type: 'string' },
    'produced-by': { type: 'string' },
    kind: { type: 'string' },
    location: { type: 'string' },
    date: { type: 'string' },
    yes: { type: 'boolean', default: false },
  },
  USAGE,
);

const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY) && !values.yes;
if (positionals.length > 2) fail(`too many arguments: ${positionals.slice(2).map((p) => `"${p}"`).join(' ')}; quote the title.\n\n${USAGE}`);
const date = values.date ?? asOf;
if (!isCalendarDate(date)) fail(`--date "${date}" is not a date; write a real day as YYYY-MM-DD.`);
if (interactive) prompts.intro('clausebook: new handbook item');

const type = await askType(positionals[0]);
const contentPath = path.resolve(String(values.root), values.content);
if (!existsSync(contentPath)) fail(`${contentPath} does not exist; run from the repository root or pass --root DIR (the folder holding ${values.content}/).`);
const { corpus, root, contentDir } = await loadFromFlags(values);
if (!corpus.org) fail(`${contentDir}/org.yaml is missing or invalid, so departments are unknown; run \`npm run check\` first.`);
const departments = corpus.org.data.departments;

const title = await askTitle(positionals[1]);
const slug = chooseSlug();
const file = type === 'evidence' ? `${contentDir}/evidence/${slug}.yaml` : `${contentDir}/${DOC_TYPES[type].folder}/${slug}.mdx`;
const taken = [file, file.replace(/\.yaml$/, '.yml')].find((f) => existsSync(path.join(root, f)));
if (taken) fail(`${taken} already exists; choose another file name with --slug.`);

const { id, text, summary } = type === 'evidence' ? await evidenceDraft() : await documentDraft(type);
const after = await loadWith(file, text);
const own = runChecks(after, { asOf: date, contentDir }).filter((p) => p.file === file);
const errors = own.filter((p) => p.severity === 'error');
if (errors.length) fail(`The new ${type} would not pass \`npm run check\`; nothing written:\n${errors.map(formatProblem).join('\n')}`);

if (interactive) {
  prompts.note([`id              ${id}`, `title           ${title}`, `file            ${file}`, ...summary].join('\n'), 'New draft');
  const go = await prompts.confirm({ message: 'Write it?', initialValue: true });
  if (prompts.isCancel(go) || !go) stop();
}
await mkdir(path.dirname(path.join(root, file)), { recursive: true });
await writeFile(path.join(root, file), text, { flag: 'wx' });
const codeowners = await updateCodeowners(corpus, after);

const done = [
  `Wrote ${file} (${id}, ${type === 'evidence' ? 'evidence record' : 'draft'}).`,
  ...own.map(formatProblem),
  ...(codeowners ? [codeowners] : []),
  'Next: edit the TODOs in it (each field says what to write), then run `npm run check`.',
];
if (interactive) prompts.outro(done.join('\n'));
else console.log(done.join('\n'));

// ---------- steps ----------

async function askType(given: string | undefined): Promise<NewType> {
  if (given !== undefined) {
    if (!(TYPES as readonly string[]).includes(given)) fail(`unknown type "${given}"; valid types: ${TYPES.join(', ')}.\n\n${USAGE}`);
    return given as NewType;
  }
  if (!interactive) fail(`give the type and the title, e.g. npm run new -- sop "供应商退出评审" --owner scm; valid types: ${TYPES.join(', ')}.\n\n${USAGE}`);
  return answer(await prompts.select<NewType>({ message: 'What do you add?', options: TYPES.map((t) => ({ value: t, label: t })) }));
}

async function askTitle(given: string | undefined): Promise<string> {
  if (given !== undefined) {
    if (!given.trim()) fail('the title is empty; write it in Chinese as staff say it.');
    const clash = titleClash(given.trim());
    if (clash) fail(clash);
    return given.trim();
  }
  if (!interactive) fail(`give the title after the type, e.g. npm run new -- ${type} "供应商退出评审".`);
  const typed = await prompts.text({
    message: 'Title (in Chinese, as staff say it)',
    validate: (value) => (!value?.trim() ? 'Write a title.' : titleClash(value.trim())),
  });
  return answer(typed).trim();
}

/** Why a title cannot be used (an item of the same kind already has it), or undefined. */
function titleClash(wanted: string): string | undefined {
  const existing =
    type === 'evidence'
      ? corpus.evidence.map((e) => ({ id: e.id, file: e.file, title: e.data?.title ?? rawField(e.source, 'title') }))
      : corpus.documents.map((d) => ({ id: d.id, file: d.file, title: d.data?.title ?? rawField(d.source, 'title') }));
  const same = existing.find((e) => e.title?.trim() === wanted);
  return same ? `"${wanted}" is already the title of ${same.id ?? '(no id)'} in ${same.file}; choose another title.` : undefined;
}

function chooseSlug(): string {
  if (values.slug !== undefined) {
    if (!isValidSlug(values.slug)) fail(`--slug "${values.slug}" must be lower-case letters, digits and hyphens, with at least one letter, e.g. supplier-exit-review.`);
    return values.slug;
  }
  const slug = fileSlug(title, type);
  if (!slug) fail(`the title "${title}" gives no file name; pass one with --slug, e.g. --slug supplier-exit-review.`);
  return slug;
}

/** What is written, and the lines that sum it up before writing. */
interface Draft {
  readonly id: string;
  readonly text: string;
  readonly summary: readonly string[];
}

async function documentDraft(docType: DocType): Promise<Draft> {
  const owner = await askOwner();
  const classification = (await askClassification('internal')) ?? 'internal';
  const clauses = await askClauses(false);
  const documentId = nextId(corpus.documents.flatMap((d) => (d.id ? [d.id] : [])), idPrefix(docType, date));
  return {
    id: documentId,
    text: renderDocument({ type: docType, id: documentId, title, owner, classification, clauses, date }),
    summary: [`owner           ${owner}`, `classification  ${classification}`, `clauses         ${clauses.join(', ') || '(none yet)'}`],
  };
}

async function evidenceDraft(): Promise<Draft> {
  if (!interactive) {
    const missing = [['--clause', values.clause], ['--produced-by', values['produced-by']], ['--kind', values.kind], ['--owner', values.owner], ['--location', values.location]]
      .filter(([, value]) => value === undefined)
      .map(([flag]) => flag);
    if (missing.length) {
      fail(`an evidence record needs ${missing.join(', ')}; pass ${missing.length === 1 ? 'it' : 'them'}, e.g. npm run new -- evidence "供应商退出评审会议纪要" --kind minutes --clause gbt40144:8.9 --produced-by SOP-004 --owner scm --location https://dms.example.com/records/1\n  departments: ${departmentIds()}\n  kinds: ${EVIDENCE_KINDS.join(', ')}`);
    }
  }
  const kind = await askKind();
  const clauses = await askClauses(true);
  const producedBy = await askProducer();
  const owner = await askOwner();
  const location = await askLocation();
  const classification = await askClassification(undefined);
  const recordId = nextId(corpus.evidence.flatMap((e) => (e.id ? [e.id] : [])), evidencePrefix(date));
  return {
    id: recordId,
    text: renderEvidenceFile({ id: recordId, title, kind, date, clauses, producedBy, owner, location, classification }, file, contentDir),
    summary: [
      `kind            ${kind}`,
      `date            ${date}`,
      `clauses         ${clauses.join(', ')}`,
      `produced by     ${producedBy}`,
      `owner           ${owner}`,
      `location        ${location}`,
      `classification  ${classification ?? 'inherited'}`,
    ],
  };
}

async function askOwner(): Promise<string> {
  const given = values.owner;
  if (given !== undefined) {
    if (!departments.some((d) => d.id === given)) fail(`--owner "${given}" is no department of ${contentDir}/org.yaml; departments: ${departmentIds()}.`);
    return given;
  }
  if (!interactive) fail(`say which department owns it with --owner <id>; departments in ${contentDir}/org.yaml: ${departmentIds()}.`);
  return answer(await prompts.select({ message: 'Owner (department)', options: departments.map((d) => ({ value: d.id, label: d.id, hint: d.name })) }));
}

/** The classification flag, or the answer in a terminal; `fallback` when neither (undefined: inherited). */
async function askClassification(fallback: Classification | undefined): Promise<Classification | undefined> {
  const given = values.classification;
  if (given !== undefined) {
    if (!(CLASSIFICATIONS as readonly string[]).includes(given)) fail(`--classification "${given}" is not one of ${CLASSIFICATIONS.join(', ')}.`);
    return given as Classification;
  }
  if (!interactive) return fallback;
  const inherit = '(inherit)';
  const options = [
    ...(fallback ? [] : [{ value: inherit, label: 'inherit', hint: 'from what produced the record' }]),
    ...CLASSIFICATIONS.map((c) => ({ value: c as string, label: c })),
  ];
  const picked = answer(await prompts.select({ message: 'Classification', options, initialValue: fallback ?? inherit }));
  return picked === inherit ? undefined : (picked as Classification);
}

async function askClauses(required: boolean): Promise<string[]> {
  if (values.clause !== undefined) return [...new Set(values.clause.flatMap((c) => c.split(',')).map((c) => c.trim()).filter(Boolean))];
  if (!interactive) return [];
  const options = [...corpus.standards.values()].flatMap(({ data }) =>
    data.clauses.filter((c) => c.kind !== 'heading').map((c) => ({ value: `${data.key}:${c.id}`, label: `${data.key}:${c.id} ${c.title_zh}`, hint: c.kind })),
  );
  const picked = await prompts.autocompleteMultiselect({
    message: required ? 'Clauses this record proves (type to search, Tab to pick)' : 'Clauses it implements (type to search, Tab to pick; none is fine for now)',
    options,
    required,
  });
  return answer(picked);
}

async function askKind(): Promise<string> {
  const given = values.kind;
  if (given !== undefined) {
    if (!(EVIDENCE_KINDS as readonly string[]).includes(given)) fail(`--kind "${given}" is not one of ${EVIDENCE_KINDS.join(', ')}.`);
    return given;
  }
  return answer(await prompts.select({ message: 'Kind of record', options: EVIDENCE_KINDS.map((k) => ({ value: k as string, label: k })) }));
}

async function askProducer(): Promise<string> {
  if (values['produced-by'] !== undefined) return values['produced-by'];
  const options = corpus.documents
    .filter((d) => d.id && d.type !== 'case')
    .map((d) => ({ value: d.id!, label: `${d.id} ${d.data?.title ?? ''}`.trim() }));
  return answer(await prompts.autocomplete({ message: 'Produced by (the policy, SOP or template)', options }));
}

async function askLocation(): Promise<string> {
  if (values.location !== undefined) return values.location;
  const typed = await prompts.text({
    message: `Where the record is: an https:// URL or a path under ${contentDir}/evidence/files/`,
    validate: (value) => {
      const v = value?.trim() ?? '';
      if (v.startsWith('https://')) return undefined;
      if (!v.startsWith(`${contentDir}/evidence/files/`)) return `Write an https:// URL or a path starting ${contentDir}/evidence/files/.`;
      return existsSync(path.join(root, v)) ? undefined : `${v} does not exist yet; add the file first.`;
    },
  });
  return answer(typed).trim();
}

/** The corpus as it would be with the new file. */
function loadWith(newFile: string, newText: string): Promise<Corpus> {
  const disk = diskSource(root);
  const source: ContentSource = {
    list: async (dir) => [...(await disk.list(dir)), newFile],
    read: (f) => (f === newFile ? Promise.resolve(new TextEncoder().encode(newText)) : disk.read(f)),
  };
  return loadCorpus({ root, contentDir, source });
}

/** Regenerate .github/CODEOWNERS when it was current before the new file (so check stays clean); else a hint. */
async function updateCodeowners(before: Corpus, withNew: Corpus): Promise<string | undefined> {
  const target = path.join(root, CODEOWNERS_FILE);
  const committed = await readFile(target, 'utf8').catch(() => undefined);
  if (committed === undefined) return undefined;
  if (checkCodeowners(formatCodeowners(before, contentDir), committed)) {
    return `${CODEOWNERS_FILE} was already out of date; run \`npm run codeowners\`.`;
  }
  await writeFile(target, formatCodeowners(withNew, contentDir));
  return `Updated ${CODEOWNERS_FILE} so the owner's reviewers review it.`;
}

// ---------- helpers ----------

function departmentIds(): string {
  return departments.map((d) => d.id).join(', ');
}

/** A field as written in YAML, for documents that fail their schema. */
function rawField(source: YamlSource, field: string): string | undefined {
  const data = readYaml(source).data as Record<string, unknown> | undefined;
  const at = source.basePath.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], data);
  const value = (at as Record<string, unknown> | undefined)?.[field];
  return typeof value === 'string' ? value : undefined;
}

/** A prompt's answer; Ctrl-C or Esc stops without writing anything. */
function answer<T>(value: T): Exclude<T, symbol> {
  if (prompts.isCancel(value)) stop();
  return value as Exclude<T, symbol>;
}

function stop(): never {
  prompts.cancel('Stopped; nothing written.');
  process.exit(130);
}

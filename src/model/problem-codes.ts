// The catalogue of problem codes: what each means, how bad it is, how to fix it, and the wording of its
// messages and hints as functions of what the check found. Wording lives here and nowhere else
// and in its parts under problem-codes/ (test/unit/problem-catalogue.test.ts holds it so); problem.ts builds, filters and prints problems.
import { BODY_HTML, LINK_SCHEMES } from './content-policy.ts';
import type { UrlRefusal } from './content-policy.ts';
import { didYouMean, entry } from './problem-codes/entry.ts';
import { CONTROL_CODES } from './problem-codes/control.ts';
import { PROCESS_CODES } from './problem-codes/process.ts';
import { REGISTER_CODES } from './problem-codes/registers.ts';
import { RISKS_CODES } from './problem-codes/risks.ts';
import { OBJECTIVES_CODES } from './problem-codes/objectives.ts';
import { COMPETENCE_CODES } from './problem-codes/competence.ts';
import { RELATIONSHIP_CODES } from './problem-codes/relationships.ts';

export type { CatalogueEntry, Severity } from './problem-codes/entry.ts';

/** What a problem of a past state of the handbook (an audit pack of an earlier date) adds to its message. */
export const pastStateNote = '(a past state of the handbook, built for an audit pack)';

/** What a problem reported as a warning under org.yaml `check_transitions` adds to its message. */
export const transitionNote = (until: string, reason: string) => `(a warning until ${until}, content/org.yaml check_transitions: ${reason})`;

/** A YAML value as an editor reads it in a message: `"text"`, `the number 1`, `a list`. */
function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty (null)';
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return `the ${typeof value} ${String(value)}`;
  if (Array.isArray(value)) return 'a list';
  return 'a mapping';
}

/** Bytes in a MiB, for attachment sizes. */
const MIB = 1048576;

/** The encodings CB408 can name (read-files.ts guesses which). */
const ENCODINGS = {
  'utf-16': 'UTF-16',
  gb18030: 'GBK/GB18030 (as Chinese Windows editors save by default)',
  other: 'an encoding other than UTF-8, GBK or UTF-16',
} as const;

/** How a CB304 document points at its target. */
const POINTS_AT = {
  related: 'lists as related the',
  supersedes: 'supersedes the',
  templates: 'uses the form of the',
  evidence: 'cites as evidence the',
  link: 'links to the',
} as const;

/** What a field of the schema found wrong, for CB101; `description` is the field's, when it has one. */
type FieldIssue = { field: string; description: string | undefined } & (
  | { kind: 'missing' }
  | { kind: 'type'; found: unknown; expected: string }
  | { kind: 'value'; found: unknown; options: readonly string[]; guess: string | undefined }
  | { kind: 'union'; found: unknown; reason: string }
  | { kind: 'other'; reason: string; found?: unknown }
);

/** Problem codes are permanent: never renumbered, never reused. */
export const PROBLEM_CODES = {
  CB100: entry({
    severity: 'error', title: 'YAML does not parse', fix: 'Fix the YAML syntax at the reported position (indentation, quotes, colons).',
    message: (a: { kind: 'syntax'; reason: string } | { kind: 'no-frontmatter' }) =>
      a.kind === 'syntax' ? `YAML syntax: ${a.reason}` : 'no frontmatter: the file must start with a `---` line, the YAML fields, and a closing `---` line',
    hint: (a) => (a.kind === 'syntax' ? 'Check indentation, quotes and `key: value` pairs on this line and the one before it.' : 'Copy the frontmatter of a document of the same type and adapt it.'),
  }),
  CB101: entry({
    severity: 'error', title: 'Invalid field', fix: 'Give the field a value of the expected type; the hint quotes the field\'s description.',
    message: (a: FieldIssue | { kind: 'unknown-field'; field: string; guess: string | undefined; known: readonly string[] }) => {
      switch (a.kind) {
        case 'unknown-field': return `unknown field "${a.field}"${didYouMean(a.guess)}`;
        case 'missing': return `missing required field "${a.field}"`;
        case 'type': return `"${a.field}" is ${describeValue(a.found)}; expected ${a.expected}`;
        case 'value': return `"${a.field}" is ${describeValue(a.found)}; expected one of ${a.options.join(', ')}${didYouMean(a.guess)}`;
        case 'union': return `"${a.field}" is ${describeValue(a.found)}: ${a.reason}`;
        case 'other': return `"${a.field}": ${a.reason}${a.found === undefined ? '' : ` (found ${describeValue(a.found)})`}`;
      }
    },
    hint: (a) => {
      if (a.kind === 'unknown-field') return a.known.length ? `Allowed fields here: ${a.known.join(', ')}.` : undefined;
      return a.description ? `Expected: ${a.description}` : undefined;
    },
  }),
  CB102: entry({
    severity: 'error', title: 'Duplicate id', fix: 'Give the newer document or record the next free id; ids are never reused.',
    message: ({ id, first }: { id: string; first: string }) => `duplicate id "${id}", already used by ${first}`,
    hint: 'Give this one the next free id; ids are never reused.',
  }),
  CB103: entry({
    severity: 'error', title: 'Id does not match the document type', fix: 'Use the prefix of the folder\'s type (POL-, SOP-, TPL-, CASE-) or move the file.',
    message: ({ id, type, folder, example }: { id: string; type: string; folder: string; example: string }) =>
      `id "${id}" does not fit a ${type} in ${folder}/; expected the form "${example}"`,
    hint: ({ type, folder, example }) => `Files in content/${folder}/ are ${type} documents with ids like ${example}; fix the id or move the file to the folder of its type.`,
  }),
  CB104: entry({
    severity: 'error', title: 'Unknown clause reference', fix: 'Use a clause id from content/standards/<key>.yaml, written `standard:clause`.',
    message: (a: { kind: 'standard'; key: string; field: string; known: readonly string[] } | { kind: 'clause'; ref: string; key: string; field: string; guess: string | undefined; clauses: readonly string[] }) =>
      a.kind === 'standard'
        ? `unknown standard "${a.key}" in ${a.field}; known: ${a.known.join(', ')}`
        : `unknown clause "${a.ref}" in ${a.field}${a.guess ? `; did you mean "${a.key}:${a.guess}"?` : ''}`,
    hint: (a) => {
      if (a.kind === 'standard') return `Write clause references as ${a.known[0]}:<clause>, e.g. ${a.known[0]}:8.5.`;
      const numbered = a.clauses.filter((id) => /^\d/.test(id));
      return `Clause ids come from content/standards/${a.key}.yaml; ${a.key} has ${numbered[0]}…${numbered.at(-1)} and annexes.`;
    },
  }),
  CB105: entry({
    severity: 'error', title: 'Unknown department or role', fix: 'Use a department or role id listed in content/org.yaml, or add it there.',
    message: ({ kind, id, guess }: { kind: 'department' | 'role' | 'role or department' | 'person' | 'relationship type'; id: string; guess: string | undefined }) => `unknown ${kind} "${id}"${didYouMean(guess)}`,
    hint: ({ kind }) => `${kind === 'person' ? 'People' : kind === 'department' ? 'Departments' : kind === 'relationship type' ? 'Relationship types (relationship_types)' : 'Roles and departments'} are defined in content/org.yaml; use one of its ids or add this one there.`,
  }),
  CB106: entry({
    severity: 'error', title: 'Unknown document reference', fix: 'Reference an existing document id, or create the document first.',
    message: (a: { kind: 'broken'; id: string; file: string } | { kind: 'unknown'; id: string; field: string; guess: string | undefined }) =>
      a.kind === 'broken' ? `"${a.id}" is in ${a.file}, which does not parse` : `unknown document "${a.id}" in ${a.field}${didYouMean(a.guess)}`,
    hint: (a) => (a.kind === 'broken' ? undefined : 'Use the id of an existing document (its `id` field), e.g. SOP-004.'),
  }),
  CB107: entry({
    severity: 'error', title: 'Unknown evidence reference', fix: 'Reference an id from the evidence register (content/evidence/*.yaml).',
    message: ({ id, guess }: { id: string; guess: string | undefined }) => `unknown evidence record "${id}"${didYouMean(guess)}`,
    hint: 'Evidence ids come from the register in content/evidence/*.yaml.',
  }),
  CB108: entry({
    severity: 'error', title: 'Reference to a document of the wrong type', fix: 'Point the field at a document of the type it expects.',
    message: ({ id, type, field, expected }: { id: string; type: string; field: string; expected: readonly string[] }) => `"${id}" is a ${type}; ${field} expects a ${expected.join(' or ')}`,
    hint: ({ field, expected }) => `Point ${field} at a ${expected.join(' or ')} id.`,
  }),
  CB109: entry({
    severity: 'error', title: 'Invalid exclusion', fix: 'Exclude only requirement clauses, once each, in content/applicability.yaml.',
    message: (a: { kind: 'twice'; clause: string } | { kind: 'not-requirement'; clause: string; clauseKind: string }) =>
      a.kind === 'twice' ? `"${a.clause}" is excluded twice` : `"${a.clause}" is a ${a.clauseKind} clause; only requirement clauses can be excluded`,
    hint: (a) => (a.kind === 'twice' ? 'Keep one entry per clause.' : 'Exclude its requirement sub-clauses one by one, each with its reason.'),
  }),
  CB110: entry({
    severity: 'error', title: 'Check transition that cannot apply', fix: 'List only history and consistency checks in `check_transitions`, each with a reason and an end date still to come.',
    message: (a: { kind: 'not-transitional'; code: string; allowed: readonly string[] } | { kind: 'lapsed'; code: string; until: string }) =>
      a.kind === 'not-transitional' ? `${a.code} cannot be reported as a warning (transitions exist for ${a.allowed.join(', ')})` : `the transition for ${a.code} ended on ${a.until}: its problems are errors again`,
    hint: (a) => (a.kind === 'not-transitional' ? 'Remove the entry: this check protects the build or its readers and is never relaxed.' : 'Correct what it reports, then remove the entry; or, if the correction is under way, set a new `until` with the reason.'),
  }),
  CB201: entry({
    severity: 'warning', title: 'Review overdue', fix: 'Review the document, then move `review_by` forward (and raise the version if it changed).',
    message: ({ reviewBy, days, asOf }: { reviewBy: string; days: number; asOf: string }) => `review was due on ${reviewBy}, ${days} days before ${asOf}`,
    hint: 'Review the document with its owner, then set a new `review_by` (and raise the version if the text changed).',
  }),
  CB202: entry({
    severity: 'error', title: 'Review date not after effective date', fix: 'Set `review_by` to a date after `effective`.',
    message: ({ reviewBy, effective }: { reviewBy: string; effective: string }) => `review_by ${reviewBy} is not after effective ${effective}`,
    hint: 'Set `review_by` after `effective`, usually one year later.',
  }),
  CB203: entry({
    severity: 'error', title: 'Approved document without approval data', fix: 'An approved document needs `approvers` and an `effective` date.',
    message: ({ id, missing }: { id: string; missing: 'approvers' | 'effective' }) => `approved document ${id} has no ${missing === 'approvers' ? 'approvers' : 'effective date'}`,
    hint: ({ missing }) => (missing === 'approvers' ? 'List the approving role or department ids in `approvers`, or set `status: in-review`.' : 'Add `effective: YYYY-MM-DD`, the date the approved version applies from.'),
  }),
  CB204: entry({
    severity: 'error', title: 'Superseded document not marked superseded', fix: 'Set `status: superseded` on the replaced document, or remove it from `supersedes`.',
    message: ({ id, target, status }: { id: string; target: string; status: string; file: string }) => `${id} supersedes ${target}, but ${target} has status "${status}"`,
    hint: ({ file }) => `Set \`status: superseded\` in ${file}.`,
  }),
  CB205: entry({
    severity: 'error', title: 'Supersedes cycle', fix: 'A document cannot, directly or through others, supersede itself; break the chain.',
    message: ({ cycle }: { cycle: readonly string[] }) => `supersedes cycle: ${cycle.join(' → ')}`,
    hint: 'Remove the entry that points back; a newer document supersedes an older one, never the reverse.',
  }),
  CB206: entry({
    severity: 'warning', title: 'Approved document relies on a withdrawn one', fix: 'Point the reference at the document that replaced it.',
    message: ({ id, target, status }: { id: string; target: string; status: string; successor: string | undefined }) => `approved ${id} relies on ${target}, which is ${status}`,
    hint: ({ target, successor }) => (successor ? `Point it at ${successor}, which supersedes ${target}.` : 'Point it at the document that now applies, or remove the reference.'),
  }),
  CB207: entry({
    severity: 'warning', title: 'Evidence outside the freshness window', fix: 'Add a newer record for these clauses; stale evidence no longer proves them.',
    message: ({ id, date, months, oldest, clauses }: { id: string; date: string; months: number; oldest: string; clauses: readonly string[] }) =>
      `${id} dated ${date} is older than ${months} months (before ${oldest}) and no longer proves ${clauses.join(', ')}`,
    hint: 'Produce a newer record for these clauses; keep this one as history.',
  }),
  CB208: entry({
    severity: 'warning', title: 'Evidence dated after the as-of date', fix: 'Check the date; records from the future do not count.',
    message: ({ id, date, asOf }: { id: string; date: string; asOf: string }) => `${id} is dated ${date}, after the as-of date ${asOf}; it does not count yet`,
    hint: 'Check the date; a record counts from the day it was made.',
  }),
  CB209: entry({
    transitional: true,
    severity: 'error', title: 'Approved text cites something made after its version', fix: 'The text changed after it was approved: record the change as a new version (a `changes` entry dated when it changed), or cite what existed when the version was approved.',
    message: ({ id, version, since, cited, date }: { id: string; version: string; since: string; cited: string; date: string }) =>
      `${id} version ${version} of ${since} cites ${cited}, dated ${date}, which did not exist yet`,
    hint: ({ id }) => `Raise the version of ${id} with a \`changes\` entry dated when the text changed (a new value, step or time limit is a major version).`,
  }),
  CB210: entry({
    transitional: true,
    severity: 'error', title: 'Procedure in force before a form it requires', fix: 'Set the procedure\'s `effective` no earlier than the forms it uses, or correct the form\'s dates.',
    message: ({ id, effective, template, issued }: { id: string; effective: string; template: string; issued: string }) =>
      `${id} is in force from ${effective} but uses ${template}, first issued ${issued}`,
    hint: ({ template, issued }) => `Until ${issued} the procedure could not be followed with ${template}: correct the dates, or record the gap as a finding.`,
  }),
  CB211: entry({
    transitional: true,
    severity: 'error', title: 'Record made outside the life of what produced it', fix: 'A record comes from a procedure or form that existed and applied on its date: correct `date` or `produced_by`.',
    message: (a: { kind: 'before'; id: string; date: string; producer: string; when: string } | { kind: 'after'; id: string; date: string; producer: string; when: string; status: string }) =>
      a.kind === 'before' ? `${a.id} is dated ${a.date}, before ${a.producer} was first issued (${a.when})` : `${a.id} is dated ${a.date}, after ${a.producer} was ${a.status} (${a.when})`,
    hint: (a) => (a.kind === 'before' ? `Name the procedure or form that produced it then, or correct the date.` : `Name the document that replaced ${a.producer}, or correct the date.`),
  }),
  CB212: entry({
    severity: 'error', title: 'Review date later than the document\'s cadence', fix: 'Set `review_by` no later than `review_every` after the current version\'s date (or the last `reviewed`), or leave `review_by` out and let the cadence set it.',
    message: ({ reviewBy, every, from, latest }: { reviewBy: string; every: string; from: string; latest: string }) =>
      `review_by ${reviewBy} is later than review_every (${every}) allows: ${every} after ${from} is ${latest}`,
    hint: ({ latest }) => `Set \`review_by: ${latest}\` or earlier, or remove \`review_by\` so that \`review_every\` sets it.`,
  }),
  CB301: entry({
    severity: 'error', title: 'MDX does not parse', fix: 'Fix the MDX at the reported position; write `<`, `{` as words or escape them (`\\<`, `\\{`).',
    message: ({ reason }: { reason: string }) => `MDX does not parse: ${reason}`,
  }),
  CB302: entry({
    severity: 'error', title: 'Broken internal link', fix: 'Link documents as `/id/<ID>/` and evidence as `/evidence/<ID>/`, with ids that exist.',
    message: (a:
      | { kind: 'broken'; id: string; file: string }
      | { kind: 'unknown-document' | 'unknown-evidence'; id: string; guess: string | undefined }
      | { kind: 'no-page' | 'relative'; url: string }) => {
      switch (a.kind) {
        case 'broken': return `link to "${a.id}" in ${a.file}, which does not parse`;
        case 'unknown-document': return `link to unknown document "${a.id}"${didYouMean(a.guess)}`;
        case 'unknown-evidence': return `link to unknown evidence record "${a.id}"${didYouMean(a.guess)}`;
        case 'no-page': return `link to "${a.url}", which is no page of the site`;
        case 'relative': return `relative link "${a.url}" will not resolve on the site`;
      }
    },
    hint: (a) => ({
      broken: undefined,
      'unknown-document': 'Link documents as `/id/<ID>/` with an id that exists.',
      'unknown-evidence': 'Evidence ids come from content/evidence/*.yaml.',
      'no-page': 'Link documents as `/id/<ID>/` so links survive renamed files.',
      relative: 'Link documents as `/id/<ID>/` (e.g. `/id/SOP-004/`) and evidence as `/evidence/<ID>/`.',
    })[a.kind],
  }),
  CB303: entry({
    severity: 'error', title: 'Broken heading anchor', fix: 'Use the anchor of an existing heading in the target document.',
    /** `target` is the linked document's id; without it the link points into its own document. */
    message: ({ anchor, target, guess }: { anchor: string; target: string | undefined; guess: string | undefined; anchors: readonly string[] }) =>
      `no heading with anchor "#${anchor}" in ${target ?? 'this document'}${didYouMean(guess)}`,
    hint: ({ anchors }) =>
      anchors.length ? `Anchors there: ${anchors.slice(0, 8).map((s) => `#${s}`).join(', ')}${anchors.length > 8 ? ', …' : ''}.` : 'The target has no headings; link the document without an anchor.',
  }),
  CB304: entry({
    severity: 'warning', title: 'Link to a more restricted document', fix: 'Readers of the lower classification cannot open it; remove the link or reclassify one of the documents.',
    message: ({ classification, id, via, targetClassification, target }: { classification: string; id: string; via: keyof typeof POINTS_AT; targetClassification: string; target: string; builds: readonly string[] }) =>
      `${classification} ${id} ${POINTS_AT[via]} ${targetClassification} ${target}`,
    hint: ({ builds }) => `Readers of the ${builds.join(' and ')} build${builds.length === 1 ? '' : 's'} will see only the id; remove the reference or align the classifications.`,
  }),
  CB305: entry({
    severity: 'error', title: 'Evidence less classified than what produced it', fix: 'Classify the record at least as high as the records of its template or SOP, or leave `classification` out to inherit it.',
    /** `byTemplate`: the floor is the template's `records_classification`, not the producer's own classification. */
    message: ({ id, classification, producer, floor, byTemplate }: { id: string; classification: string; producer: string; floor: string; byTemplate: boolean }) =>
      `${id} is ${classification}, but ${byTemplate ? `records of ${producer} are ${floor}` : `${producer} is ${floor}`}`,
    hint: ({ id, producer, floor }) => `Classify ${id} as ${floor} or higher, or leave classification out so it follows ${producer}.`,
  }),
  CB306: entry({
    severity: 'warning', title: 'Title of a more restricted document in the text', fix: 'Refer to the more restricted document or record by id only, or align the classifications.', failsBuild: true,
    message: ({ classification, who, targetClassification, target, title }: { classification: string; who: string; targetClassification: string; target: string; title: string }) =>
      `${classification} ${who} names the ${targetClassification} ${target} "${title}"`,
    hint: ({ classification, target }) => `A ${classification} build withholds ${target} but would print its title here; refer to it by id only, or align the classifications.`,
  }),
  CB307: entry({
    severity: 'error', title: 'Code in a document', fix: 'Documents are Markdown: remove import, export, expressions in braces and components; escape `{` and `<` meant as text.',
    /** `code` is the first line of the import, export or expression; `name` the component's or element's. */
    message: (a: { kind: 'esm' | 'expression'; code: string } | { kind: 'component' | 'attribute'; name: string }) => {
      switch (a.kind) {
        case 'esm': return `\`${a.code}\`: import and export run code when the site is built`;
        case 'expression': return `\`{${a.code}}\`: an expression in braces runs code when the site is built`;
        case 'component': return `\`<${a.name}>\` is a component; documents use none (the site renders forms, tables and links from the frontmatter)`;
        case 'attribute': return `an attribute in braces on \`<${a.name}>\` runs code when the site is built`;
      }
    },
    hint: 'Remove it: a document is Markdown. To show braces or angle brackets as text, escape them (`\\{`, `\\<`) or put them in `code`.',
  }),
  CB308: entry({
    severity: 'warning', title: 'HTML the build removes', fix: `Write it in Markdown or use the allowed HTML elements (${Object.keys(BODY_HTML).join(', ')}).`,
    message: (a: { kind: 'element'; element: string } | { kind: 'attribute'; element: string; attribute: string }) =>
      a.kind === 'element'
        ? `\`<${a.element}>\` is removed from the page, with what it contains (allowed HTML: ${Object.keys(BODY_HTML).join(', ')})`
        : `the attribute \`${a.attribute}\` of \`<${a.element}>\` is removed from the page`,
    hint: 'Write it in Markdown, or use only the allowed HTML; the page will not show what is removed.',
  }),
  CB309: entry({
    severity: 'warning', title: 'Address the build removes', fix: 'Link to site pages, https: or mailto: addresses; load images from the site only.',
    message: ({ url, refusal }: { url: string; refusal: UrlRefusal }) => {
      const why =
        refusal.reason === 'other-host' ? 'it points at another host (a URL starting with //)'
        : refusal.reason === 'image-scheme' ? `images load from this site only, not from ${refusal.scheme}: addresses`
        : `${refusal.scheme}: links are not allowed (only ${LINK_SCHEMES.map((s) => `${s}:`).join(', ')} and site-relative ones)`;
      return `"${url}" is removed: ${why}`;
    },
    hint: 'Link to a site page (`/id/SOP-004/`), an `https://` or `mailto:` address; put images under the site, not on another host.',
  }),
  CB310: entry({
    severity: 'error', title: 'Lists or quotes nested too deeply', fix: 'Flatten the structure: headings, a table or fewer list levels.',
    message: ({ depth, max }: { depth: number; max: number }) => `lists and quotes nest ${depth} levels deep here; at most ${max}`,
    hint: 'Flatten the structure: use headings, a table or a numbered list with fewer levels.',
  }),
  CB311: entry({
    severity: 'error', title: 'Content too large', fix: 'Shorten the field or split the body; the limits keep every build fast and every page readable.',
    /** `bytes` of an attachment, `chars` of a body or field; `max` the limit in the same unit. */
    message: (a: { kind: 'attachment'; bytes: number; max: number } | { kind: 'body'; chars: number; max: number } | { kind: 'field'; field: string; chars: number; max: number }) => {
      switch (a.kind) {
        case 'attachment': return `the file is ${(a.bytes / MIB).toFixed(1)} MiB; attachments kept in the repository are at most ${a.max / MIB} MiB`;
        case 'body': return `the body is ${a.chars.toLocaleString('en')} characters long; at most ${a.max.toLocaleString('en')}`;
        case 'field': return `"${a.field}" is ${a.chars.toLocaleString('en')} characters long; at most ${a.max.toLocaleString('en')}`;
      }
    },
    hint: (a) => ({
      attachment: 'Keep it in the document management system and give its https:// address as the record\'s `location`.',
      body: 'Split it into several documents, or move long tables and annexes into attachments.',
      field: 'Shorten it; long text belongs in the body of a document.',
    })[a.kind],
  }),
  CB401: entry({
    severity: 'error', title: 'File not picked up by any collection', fix: 'Move or rename the file so a collection loads it, or remove it.',
    /** `folder`: a document type's folder holding a file that is not .mdx; `folders`: every document type's folder. */
    message: (a: { kind: 'attachment' } | { kind: 'not-mdx'; folder: string } | { kind: 'unknown'; folders: readonly string[] }) =>
      a.kind === 'attachment' ? 'evidence attachment that no record in the register points to'
      : a.kind === 'not-mdx' ? `not loaded: only .mdx files in ${a.folder}/ become ${a.folder} pages`
      : 'not loaded by any collection',
    hint: (a) =>
      a.kind === 'attachment' ? 'Add a record whose `location` is this path, or remove the file.'
      : a.kind === 'not-mdx' ? `Rename it to .mdx if it is a document; move other files out of content/${a.folder}/.`
      : `Documents go in ${a.folders.map((f) => `${f}/`).join(', ')}; evidence in evidence/*.yaml with attachments in evidence/files/.`,
  }),
  CB402: entry({
    severity: 'error', title: 'Evidence attachment missing', fix: 'Add the file at `location`, or correct the path.',
    message: ({ location }: { location: string }) => `attachment "${location}" does not exist`,
    hint: 'Add the file, or correct the path (it is case-sensitive).',
  }),
  CB403: entry({
    severity: 'error', title: 'Evidence location malformed', fix: 'Use a repository path under content/evidence/files/ or an absolute https:// URL.',
    message: (a: { kind: 'not-https'; location: string } | { kind: 'outside'; location: string; contentDir: string }) =>
      a.kind === 'not-https' ? `location "${a.location}" is not a valid https:// URL` : `location "${a.location}" is outside ${a.contentDir}/evidence/files/`,
    hint: (a) =>
      a.kind === 'not-https' ? 'Use an absolute https:// address of the document system, or a path under content/evidence/files/.' : `Keep attachments under ${a.contentDir}/evidence/files/ and write the path from the repository root.`,
  }),
  CB404: entry({
    severity: 'error', title: 'Required content file missing', fix: 'Create the file; the handbook cannot be built without it.',
    message: ({ file }: { file: string }) => `"${file}" is missing`,
  }),
  CB405: entry({
    severity: 'error', title: 'CODEOWNERS out of date', fix: 'Run `npm run codeowners` and commit .github/CODEOWNERS.',
    /** `line` is the first that differs: the committed file has `got` there, the generated one `wanted`. */
    message: (a: { file: string } & ({ kind: 'missing' } | { kind: 'extra'; line: number; got: string | undefined } | { kind: 'short'; line: number; wanted: string } | { kind: 'differs'; line: number; got: string; wanted: string })) => {
      switch (a.kind) {
        case 'missing': return `${a.file} is missing, so pull requests do not ask the owning departments' reviewers`;
        case 'extra': return `${a.file} is out of date: line ${a.line} has lines after the end of the generated file ("${a.got}")`;
        case 'short': return `${a.file} is out of date: line ${a.line} ends before "${a.wanted}"`;
        case 'differs': return `${a.file} is out of date: line ${a.line} has "${a.got}" where the owners in content/org.yaml give "${a.wanted}"`;
      }
    },
    hint: 'Run `npm run codeowners` and commit .github/CODEOWNERS.',
  }),
  CB406: entry({
    severity: 'error', title: 'File names that differ only in letter case', fix: 'Rename or remove one of the files: the site and case-insensitive disks keep only one of them.',
    message: ({ file, first }: { file: string; first: string }) => `"${file}" differs from "${first}" only in letter case; the site and case-insensitive disks keep one of them`,
    hint: 'Rename one of the two files (file names are lower case by convention), or remove the copy.',
  }),
  CB407: entry({
    severity: 'error', title: 'Symbolic link or special file in content/', fix: 'Replace the link by the file it points to, or remove it; the build reads regular files only.',
    message: ({ file, kind }: { file: string; kind: 'symbolic-link' | 'special' }) => `"${file}" is ${kind === 'symbolic-link' ? 'a symbolic link' : 'not a regular file'}; the build reads regular files only`,
    hint: 'Replace it by the file itself (copy it into content/), or remove it.',
  }),
  CB408: entry({
    severity: 'error', title: 'File not saved as UTF-8', fix: 'Save the file as UTF-8; the message names the encoding it appears to use.',
    message: ({ encoding }: { encoding: keyof typeof ENCODINGS }) => `the file is not UTF-8; it looks like ${ENCODINGS[encoding]}`,
    hint: 'Save it as UTF-8 (in VS Code: "Reopen with Encoding", pick the encoding named here, then "Save with Encoding" → UTF-8).',
  }),
  CB409: entry({
    severity: 'error', title: 'Attachment of a type the site does not offer', fix: 'Save the record as Markdown (it renders on the record\'s page) or as one of the download types (PDF, Office, CSV, text, an image, a zip), or keep it in the document system and give its https URL.',
    message: ({ location, ext, types }: { location: string; ext: string; types: readonly string[] }) =>
      `${location} is ${ext ? `a .${ext} file` : 'a file without an extension'}; attachments are Markdown or one of ${types.join(', ')}`,
    hint: () => 'Served from the handbook\'s own site, an HTML page, an SVG or a script would run in readers\' browsers; a download type opens in its own program.',
  }),
  ...CONTROL_CODES,
  ...PROCESS_CODES,
  ...RELATIONSHIP_CODES,
  ...REGISTER_CODES,
  ...RISKS_CODES,
  ...OBJECTIVES_CODES,
  ...COMPETENCE_CODES,
};
export type ProblemCode = keyof typeof PROBLEM_CODES;

/** The arguments a code's message and hint are worded from: `problem()` accepts only these. */
export type ProblemArgs<C extends ProblemCode> = Parameters<(typeof PROBLEM_CODES)[C]['message']>[0];

/** What a broken file's first error adds when other files' errors only follow from it (left out, see runChecks). */
export function followOnNote(count: number): string {
  return `(${count} more error${count === 1 ? '' : 's'} in other files ${count === 1 ? 'is' : 'are'} caused by this)`;
}

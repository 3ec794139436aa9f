// CB501-CB607: document control (`check --base`: versions, changes, approvals) and the rules register
// (values defined once, cited, stated the same) (src/model/document-control.ts, src/model/checks/rules.ts).
import { didYouMean, entry } from './entry.ts';

/** Problem codes are permanent: never renumbered, never reused. */
export const CONTROL_CODES = {
  // Document control (`check --base`): `base` names the commit compared with, e.g. `main (1a2b3c4)`;
  // `next` is the next minor version, `nextMajor` the next major one.
  CB501: entry({
    severity: 'error', title: 'Approved document changed without a new version', fix: 'Raise `version` and add a `changes` entry (version, date, summary) for the new version.',
    message: (a:
      | { kind: 'reopened'; id: string; status: string; version: string; next: string }
      | { kind: 'changed'; file: string; id: string; base: string; oldVersion: string; version: string; next: string; nextMajor: string }
      | { kind: 'withdrawn'; file: string; id: string; base: string; status: string; version: string }) => {
      switch (a.kind) {
        case 'reopened': return `approved ${a.id} was reopened as ${a.status} but keeps version ${a.version}`;
        case 'changed': return `approved ${a.file} (${a.id}) changed since ${a.base}: version ${a.oldVersion} there, still ${a.version} here`;
        case 'withdrawn': return `approved ${a.file} (${a.id}) was ${a.status} and its text changed since ${a.base}, still at version ${a.version}`;
      }
    },
    hint: (a) => {
      switch (a.kind) {
        case 'reopened': return `Reopening starts a new revision: set \`version: "${a.next}"\` (or the next major version).`;
        case 'changed': return `Raise it: \`version: "${a.next}"\` (or "${a.nextMajor}" for a major change), and add \`{ version: "${a.next}", date: YYYY-MM-DD, summary: 改了什么、为什么 }\` to \`changes\`.`;
        case 'withdrawn': return `Withdrawing changes only \`status\`: put the text back as it is in ${a.base}; to record a last change, raise the version and add a \`changes\` entry.`;
      }
    },
  }),
  CB502: entry({
    severity: 'error', title: 'Revision not recorded', fix: 'Versions only go up; each approved version has a `changes` entry, with `approvers` for a major version.',
    /** `oldVersion`: the version at the base, none for a new document; `major`: the revision is a new major version. */
    message: (a:
      | { kind: 'back'; id: string; base: string; oldVersion: string; version: string; next: string }
      | { kind: 'no-entry'; id: string; base: string; oldVersion: string | undefined; version: string; major: boolean }
      | { kind: 'no-approvers'; id: string; base: string; oldVersion: string | undefined; version: string }) => {
      if (a.kind === 'back') return `${a.id} version went back from ${a.oldVersion} in ${a.base} to ${a.version}`;
      const from = a.oldVersion ? `${a.oldVersion} in ${a.base} → ${a.version}` : `new at ${a.version}`;
      return a.kind === 'no-entry'
        ? `approved ${a.id} (${from}) has no \`changes\` entry for version ${a.version}`
        : `major version ${a.version} of ${a.id} (${from}) names no approvers in its \`changes\` entry`;
    },
    hint: (a) => {
      switch (a.kind) {
        case 'back': return `Versions only go up: use ${a.next} or higher.`;
        case 'no-entry': return `Add \`{ version: "${a.version}", date: YYYY-MM-DD, summary: 改了什么、为什么${a.major ? ', approvers: [...]' : ''} }\` to \`changes\`.`;
        case 'no-approvers': return 'A major revision is approved again: add `approvers: [...]` (role or person ids from content/org.yaml) to that entry.';
      }
    },
  }),
  CB503: entry({
    severity: 'error', title: 'Approved document deleted', fix: 'Keep the file: set `status: retired`, or supersede it by the document that replaces it.',
    message: ({ id, version, base }: { id: string; version: string; base: string }) => `approved ${id} (version ${version} in ${base}) was deleted`,
    hint: ({ id }) => `Keep the file and set \`status: retired\`, or name ${id} in \`supersedes\` of the document that replaces it and set its status to superseded.`,
  }),
  CB504: entry({
    severity: 'error', title: 'Document id changed', fix: 'Ids never change; restore the old id, and give a new document a new file and id.',
    message: ({ file, oldId, id, base }: { file: string; oldId: string; id: string; base: string }) => `${file} was ${oldId} in ${base} and is now ${id}`,
    hint: ({ oldId }) => `Ids never change: put back \`id: ${oldId}\`; for a new document, create a new file with a new id.`,
  }),
  CB505: entry({
    severity: 'error', title: 'Status moved out of order', fix: 'Move along draft → in-review → approved → superseded/retired; reopening an approved document needs a new version.',
    /** `allowed`: the statuses `from` may move to (none: it is final). */
    message: (a: { kind: 'new'; id: string; status: string } | { kind: 'moved'; id: string; from: string; base: string; to: string; allowed: readonly string[] }) =>
      a.kind === 'new' ? `new document ${a.id} starts as ${a.status}` : `${a.id} moved from ${a.from} in ${a.base} to ${a.to}`,
    hint: (a) => {
      if (a.kind === 'new') return 'A new document starts as draft or in-review.';
      return a.allowed.length ? `From ${a.from} a document may move to ${a.allowed.join(' or ')}.` : `A ${a.from} document is final; write a new document instead.`;
    },
  }),
  CB506: entry({
    severity: 'error', title: 'Rule changed without a new version of its defining document', fix: 'A rule\'s value is part of the document that defines it: raise that document\'s version (major, with approvers) and record the change.',
    message: ({ id, from, to, doc, version, base }: { id: string; from: string; to: string; doc: string; version: string; base: string }) =>
      `rule ${id} changed from ${from} to ${to} since ${base}, but ${doc} stays at version ${version}`,
    hint: ({ doc, version }) => `Raise ${doc} to version ${Number(version.split('.')[0]) + 1}.0 with a \`changes\` entry naming the new value and its approvers.`,
  }),
  CB507: entry({
    severity: 'error', title: 'Major change recorded as a minor version', fix: 'Changes that org.yaml `document_control.major_changes` lists need a major version whose `changes` entry names approvers.',
    message: ({ id, from, to, changes }: { id: string; from: string; to: string; changes: readonly string[]; next: string }) =>
      `${id} went from ${from} to ${to}, a minor version, but ${changes.join('; ')}`,
    hint: ({ next }) => `Make it version ${next}, with \`approvers\` in its \`changes\` entry.`,
  }),
  CB601: entry({
    severity: 'error', title: 'Unknown rule', fix: 'Cite a rule id from content/rules.yaml as `:rule[id]`, or add the rule there first.',
    message: ({ id, guess }: { id: string; guess: string | undefined }) => (id ? `unknown rule "${id}"${didYouMean(guess)}` : 'a rule citation without an id'),
    hint: ({ id }) => (id ? 'Rule ids are dotted lower-case words, listed in content/rules.yaml and on the /rules/ page.' : 'Write the rule id in the brackets: `:rule[partner.contract.ceo_approval]`.'),
  }),
  CB602: entry({
    severity: 'error', title: 'Rule not cited by the document that defines it', fix: 'The `defined_by` document states the rule: cite it there as `:rule[id]`, or correct `defined_by`.',
    message: (a: { kind: 'unknown'; id: string; doc: string; guess: string | undefined } | { kind: 'uncited'; id: string; doc: string }) =>
      a.kind === 'unknown' ? `rule ${a.id} is defined by "${a.doc}", which is no document${didYouMean(a.guess)}` : `rule ${a.id} is defined by ${a.doc}, which does not cite it`,
    hint: (a) => (a.kind === 'unknown' ? 'Give the id of the document that sets the value.' : `Write \`:rule[${a.id}]\` in ${a.doc} where it states the value, so the page shows the value from rules.yaml.`),
  }),
  CB603: entry({
    transitional: true,
    severity: 'error', title: 'Value written out that contradicts a rule', fix: 'Cite the rule (`:rule[id]`) instead of writing its value; if the value is meant to differ, change the rule in its defining document.',
    message: ({ stated, id, definedBy, value }: { stated: string; id: string; definedBy: string; value: string; definedAt: string | undefined }) =>
      `states ${stated} for ${id}, which ${definedBy} sets to ${value}`,
    hint: ({ id, definedAt }) => `Write \`:rule[${id}]\` in place of the number${definedAt ? ` (the rule is stated at ${definedAt})` : ''}.`,
  }),
  CB604: entry({
    transitional: true,
    severity: 'error', title: 'Grade not in the rule\'s vocabulary', fix: 'Use the grades the vocabulary rule lists, or change the rule in its defining document.',
    message: ({ term, id, grades }: { term: string; id: string; grades: readonly string[] }) => `"${term}" is not a grade of ${id} (${grades.join(', ')})`,
    hint: ({ grades }) => `Use one of: ${grades.join(', ')}.`,
  }),
  CB605: entry({
    transitional: true,
    severity: 'error', title: 'Two rules for one subject with different values', fix: 'Keep one rule for the subject and cite it everywhere; remove or merge the other.',
    message: ({ id, other, value, otherValue }: { id: string; other: string; value: string; otherValue: string }) =>
      `rule ${id} (${value}) and rule ${other} (${otherValue}) are recognised by the same words and unit`,
    hint: 'One subject, one value: merge the two, or give them `mentions` that tell them apart.',
  }),
  CB606: entry({
    severity: 'error', title: 'Unknown directive', fix: 'The only directive is `:rule[id]`; write `\\:` for a colon followed by letters.',
    message: ({ name, kind }: { name: string; kind: string }) => `\`${kind === 'text' ? ':' : kind === 'leaf' ? '::' : ':::'}${name}\` reads as a directive, and only \`:rule[…]\` exists`,
    hint: 'If you meant a colon in the text, escape it with a backslash (`\\:`); to cite a rule, write `:rule[id]`.',
  }),
  CB607: entry({
    severity: 'warning', title: 'Rule defined in a more restricted document', fix: 'Readers of the lower classification see the rule\'s id, not its value: define the rule in a document they may read, or reclassify.',
    message: ({ id, doc, classification, definer, definerClassification }: { id: string; doc: string; classification: string; definer: string; definerClassification: string }) =>
      `${doc} (${classification}) cites ${id}, which ${definer} (${definerClassification}) defines: its ${classification} build shows the id, not the value`,
  }),
};

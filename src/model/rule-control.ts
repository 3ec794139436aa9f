// Document control of rules and of what makes a version major (with a base commit, as `check --base`):
// CB506 a rule's value changed while its defining document kept its version; CB507 a minor version for a
// change that org.yaml `document_control.major_changes` makes major. `changedRules` is the reach of a
// change: every document citing a rule whose value changed, for the pull request's reviewers.
import type { Corpus, ValidDoc } from './corpus.ts';
import { validDocs } from './corpus.ts';
import { compareVersions } from './document-control.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { locate } from './locate.ts';
import { problem } from './problem.ts';
import type { Problem } from './problem.ts';
import { RULE_DIRECTIVE, ruleCitations, writtenValue } from './rules.ts';
import type { MajorChange, Rule } from '../schema/index.ts';
import { MAJOR_CHANGES } from '../schema/index.ts';

/** A rule whose value differs between two states of the handbook, and who cites it now. */
export interface ChangedRule {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly definedBy: string;
  readonly citedBy: readonly string[];
}

const valueOf = (r: Rule) => `${r.type === 'vocabulary' ? '' : `${r.comparator} `}${writtenValue(r)}`;

/** Rules whose value or bound changed from `base` to `head`, with the documents citing them in `head`. */
export function changedRules(base: Corpus, head: Corpus): ChangedRule[] {
  const before = new Map((base.rules?.data.rules ?? []).map((r) => [r.id, r]));
  const docs = validDocs(head);
  return (head.rules?.data.rules ?? []).flatMap((rule) => {
    const old = before.get(rule.id);
    if (!old || valueOf(old) === valueOf(rule)) return [];
    const citedBy = docs.filter((d) => ruleCitations(d).some((c) => c.id === rule.id)).map((d) => d.id).sort();
    return [{ id: rule.id, from: valueOf(old), to: valueOf(rule), definedBy: rule.defined_by, citedBy }];
  });
}

/** CB506 and CB507 for the change from `base` to `head` (`label` names the base, e.g. `main (1a2b3c4)`). */
export function checkRuleControl(base: Corpus, head: Corpus, label: string): Problem[] {
  const problems: Problem[] = [];
  const before = new Map(validDocs(base).map((d) => [d.id, d]));
  const changed = changedRules(base, head);
  const rules = head.rules;
  for (const c of changed) {
    const doc = validDocs(head).find((d) => d.id === c.definedBy);
    const old = before.get(c.definedBy);
    if (!rules || !doc || !old || compareVersions(doc.data.version, old.data.version) !== 0) continue;
    const i = rules.data.rules.findIndex((r) => r.id === c.id);
    problems.push(problem('CB506', locate(rules.source, ['rules', i]), { id: c.id, from: c.from, to: c.to, doc: doc.id, version: doc.data.version, base: label }));
  }
  const major = new Set<MajorChange>(head.org?.data.document_control.major_changes ?? MAJOR_CHANGES);
  const byId = (c: Corpus) => new Map((c.rules?.data.rules ?? []).map((r) => [r.id, r] as const));
  const ruleMaps = { base: byId(base), head: byId(head) };
  for (const doc of validDocs(head)) {
    const old = before.get(doc.id);
    if (!old || !minorStep(old.data.version, doc.data.version)) continue;
    const kinds = majorChanges(old, doc, changed, ruleMaps).filter((k) => major.has(k.kind));
    if (kinds.length === 0) continue;
    problems.push(problem('CB507', locate(doc.source, ['version']), { id: doc.id, from: old.data.version, to: doc.data.version, changes: kinds.map((k) => k.what), next: `${Number(doc.data.version.split('.')[0]) + 1}.0` }));
  }
  return problems;
}

/** Whether `to` is a later minor version of the same major as `from`. */
function minorStep(from: string, to: string): boolean {
  return compareVersions(to, from) > 0 && to.split('.')[0] === from.split('.')[0];
}

const STEP = /^\s{0,3}\d+[.)、]\s/gm;
const TIME_LIMIT = /\d+(?:\.\d+)?\s*(?:个工作日|工作日|个小时|小时|分钟|天|日|周|个月)/g;

/** What changed between two versions of a document that a document-control rule may make major. */
function majorChanges(old: ValidDoc, now: ValidDoc, changed: readonly ChangedRule[], rules: { base: ReadonlyMap<string, Rule>; head: ReadonlyMap<string, Rule> }): { kind: MajorChange; what: string }[] {
  const out: { kind: MajorChange; what: string }[] = [];
  const defined = changed.filter((c) => c.definedBy === now.id);
  if (defined.length) out.push({ kind: 'rule_value', what: defined.map((c) => `${c.id} ${c.from} → ${c.to}`).join(', ') });
  if (old.type === 'sop' && now.type === 'sop') {
    const roles = (d: typeof now) => d.data.roles.map((r) => `${r.role}:${r.raci}`).sort().join(' ');
    if (roles(old) !== roles(now)) out.push({ kind: 'roles', what: `roles ${roles(old)} → ${roles(now)}` });
  }
  // Citations read as the values they stand for: replacing a written limit by the rule that states it is no change.
  const body = (d: ValidDoc, rules: ReadonlyMap<string, Rule>) =>
    (splitFrontmatter(d.text)?.body ?? '').replace(RULE_DIRECTIVE, (m, id: string) => {
      const rule = rules.get(id.trim());
      return rule ? writtenValue(rule) : m;
    });
  const steps = (text: string) => text.match(STEP)?.length ?? 0;
  const [before, after] = [body(old, rules.base), body(now, rules.head)];
  if (steps(before) !== steps(after)) out.push({ kind: 'steps', what: `steps ${steps(before)} → ${steps(after)}` });
  // Compared in one spelling per unit (a cited rule reads "2 个小时" or "30 天" where the text had "2小时" or "30日"), shown as written.
  const spelling = (s: string) => s.replace('个小时', '小时').replace('个工作日', '工作日').replace(/天$/, '日');
  const written = (text: string) => (text.match(TIME_LIMIT) ?? []).map((s) => s.replace(/\s+/g, '')).sort();
  const key = (limits: readonly string[]) => limits.map(spelling).sort().join(', ');
  const [limitsBefore, limitsAfter] = [written(before), written(after)];
  if (key(limitsBefore) !== key(limitsAfter)) out.push({ kind: 'time_limits', what: `time limits ${limitsBefore.join(', ') || 'none'} → ${limitsAfter.join(', ') || 'none'}` });
  return out;
}

/** The reach of a change for a reviewer: each changed rule, its old and new value, who cites it. */
export function formatChangedRules(changed: readonly ChangedRule[], label: string, markdown = false): string {
  if (changed.length === 0) return '';
  const head = markdown ? `### Rules changed since ${label}` : `Rules changed since ${label}:`;
  const lines = changed.map((c) => {
    const cited = c.citedBy.length ? c.citedBy.join(', ') : 'no document';
    return markdown ? `- \`${c.id}\`: ${c.from} → ${c.to} (defined by ${c.definedBy}; cited by ${cited})` : `  ${c.id}: ${c.from} → ${c.to} (defined by ${c.definedBy}; cited by ${cited})`;
  });
  return [head, ...(markdown ? [''] : []), ...lines].join('\n');
}

// Rules as data (content/rules.yaml): where documents cite them, the sentences that state a value
// instead, and the values those sentences state. The checks in checks/rules.ts and the site read these.
import type { Rule } from '../schema/index.ts';
import type { Doc } from './corpus.ts';
import { locate } from './locate.ts';

/** A citation of a rule: `:rule[id]` in a body or a frontmatter text, or a form field's `rule`. */
export interface RuleCitation {
  readonly id: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** `:rule[id]` as written in a text (frontmatter values; bodies are parsed, see BodyInfo.directives). */
export const RULE_DIRECTIVE = /(?<!\\):rule\[([^\]\n]*)\]/g;

/** Every citation of a rule in a document, in file order. */
export function ruleCitations(doc: Doc): RuleCitation[] {
  const out: RuleCitation[] = [];
  // Frontmatter: the YAML text, line by line (a citation never spans lines).
  if (doc.source.text.includes(':rule[')) doc.source.text.split('\n').forEach((text, i) => {
    for (const match of text.matchAll(RULE_DIRECTIVE)) out.push({ id: match[1]!.trim(), file: doc.file, line: doc.source.lineOffset + i + 1, column: match.index + 1 });
  });
  for (const d of doc.body.directives) if (d.name === 'rule' && d.kind === 'text') out.push({ id: d.label.trim(), file: doc.file, line: d.line, column: d.column });
  if (doc.type === 'template' && doc.data) {
    doc.data.fields.forEach((field, i) => {
      if (field.rule) out.push({ id: field.rule, ...locate(doc.source, ['fields', i, 'rule']) });
    });
  }
  // Objectives register: an indicator's `target` cites the rule that sets it.
  if (doc.type === 'policy' && doc.data) {
    doc.data.objectives.forEach((o, i) => o.indicators.forEach((ind, j) => out.push({ id: ind.target, ...locate(doc.source, ['objectives', i, 'indicators', j, 'target']) })));
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** A sentence of a document's text: a line cut at Chinese and ASCII sentence ends, outside code. */
export interface Sentence {
  readonly text: string;
  readonly line: number;
  /** Column (1-based) of the sentence's first character in its line. */
  readonly column: number;
}

const SENTENCE_END = /[。；;！!？?]/g;

/**
 * The sentences of a document's frontmatter texts and body, skipping fences, fenced code and the
 * `changes` record (a change summary states the old value on purpose: it is history, not a rule).
 */
export function sentences(doc: Doc): Sentence[] {
  const out: Sentence[] = [];
  let fence: string | undefined;
  let fences = 0;
  let inChanges = false;
  doc.text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const marker = /^ {0,3}(`{3,}|~{3,}|---)/.exec(line)?.[1];
    if (marker === '---' && line.trim() === '---') {
      fences++;
      return;
    }
    // In the frontmatter, a top-level key starts a field; `changes:` runs until the next one.
    if (fences === 1 && /^[A-Za-z_]/.test(line)) inChanges = /^changes\s*:/.test(line);
    if (fences === 1 && inChanges) return;
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      return;
    }
    if (marker && marker !== '---') {
      fence = marker;
      return;
    }
    let start = 0;
    for (const end of line.matchAll(SENTENCE_END)) {
      const text = line.slice(start, end.index + 1);
      if (text.trim()) out.push({ text, line: i + 1, column: start + 1 });
      start = end.index + 1;
    }
    const rest = line.slice(start);
    if (rest.trim()) out.push({ text: rest, line: i + 1, column: start + 1 });
  });
  return out;
}

/** The unit a sentence writes after a rule's number, as a pattern of alternatives (`万元`, `个工作日|工作日`). */
export function mentionUnit(rule: Rule): string | undefined {
  if (rule.mentions?.unit) return rule.mentions.unit;
  switch (rule.type) {
    case 'amount': return rule.unit;
    case 'percentage': return '%|％';
    case 'duration': return DURATION_WORDS[rule.unit];
    case 'score': return '分';
    default: return undefined;
  }
}

/** How handbook sentences write each duration unit. */
const DURATION_WORDS = { minutes: '分钟', hours: '个小时|小时', days: '天|日', working_days: '个工作日|工作日', weeks: '周', months: '个月' } as const;

const escape = (s: string) => s.replace(/[.*+?^${}()[\]\\]/g, '\\$&');

/** Whether a sentence contains every term (each term a list of alternatives separated by `|`). */
export function mentions(sentence: string, terms: readonly string[]): boolean {
  return terms.every((term) => term.split('|').some((alternative) => sentence.includes(alternative)));
}

/** A number written before `unit` in a sentence. */
export interface StatedValue {
  readonly value: number;
  /** As written, e.g. `1000 万元`. */
  readonly text: string;
  /** Column of the number in the sentence (0-based). */
  readonly offset: number;
}

/** The numbers a sentence states in `unit` (alternatives separated by `|`); citations are left out. */
export function statedValues(sentence: string, unit: string): StatedValue[] {
  const units = unit.split('|').map(escape).join('|');
  const pattern = new RegExp(`(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(?:${units})`, 'g');
  const plain = sentence.replace(RULE_DIRECTIVE, (m) => ' '.repeat(m.length));
  return [...plain.matchAll(pattern)].map((m) => ({ value: Number(m[1]!.replaceAll(',', '')), text: m[0], offset: m.index }));
}

/** The value of a rule that a number compares with; undefined for a vocabulary. */
export function numericValue(rule: Rule): number | undefined {
  return rule.type === 'vocabulary' ? undefined : rule.value;
}

/** Two rules state the same thing when a sentence about one is a sentence about the other: same terms, same unit. */
export function ruleSubject(rule: Rule): string | undefined {
  if (!rule.mentions) return undefined;
  const terms = rule.mentions.terms.map((t) => t.split('|').sort().join('|')).sort().join(' & ');
  return `${terms} @ ${mentionUnit(rule) ?? ''}`;
}

/** A rule's value as a sentence of the handbook writes it (`200 万元`, `90%`, `3 个工作日`; grades joined). */
export function writtenValue(rule: Rule): string {
  if (rule.type === 'vocabulary') return rule.grades.map((g) => g.term).join(' / ');
  const unit = mentionUnit(rule)?.split('|')[0] ?? '';
  return unit === '%' ? `${rule.value}%` : `${rule.value}${unit ? ` ${unit}` : ''}`;
}

// CB601-CB606: rules cited by id, cited where they are defined, not contradicted by values written out,
// grades from their vocabulary, one value per subject, and no directive but `:rule[…]`.
import { validDocs } from '../corpus.ts';
import { locate } from '../locate.ts';
import { problem } from '../problem.ts';
import type { Problem } from '../problem.ts';
import { mentionUnit, mentions, numericValue, ruleCitations, ruleSubject, sentences, statedValues, writtenValue } from '../rules.ts';
import { suggest } from '../suggest.ts';
import { buildsWithholding } from '../profile.ts';
import type { Rule } from '../../schema/index.ts';
import type { CheckContext } from './context.ts';

export function checkRules({ corpus, graph }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const rules = corpus.rules?.data.rules ?? [];
  const byId = new Map(rules.map((r) => [r.id, r]));
  const docs = validDocs(corpus);
  const citedBy = new Map<string, Set<string>>();
  // Where each rule's defining document cites it: a contradiction names that place too.
  const definedAt = new Map<string, string>();
  const citations = new Map(docs.map((doc) => [doc, ruleCitations(doc)]));
  for (const doc of docs) {
    for (const c of citations.get(doc)!) {
      const rule = byId.get(c.id);
      if (!rule) {
        problems.push(problem('CB601', c, { id: c.id, guess: suggest(c.id, byId.keys()) }));
        continue;
      }
      citedBy.set(c.id, (citedBy.get(c.id) ?? new Set()).add(doc.id));
      if (rule.defined_by === doc.id && !definedAt.has(c.id)) definedAt.set(c.id, `${c.file}:${c.line}:${c.column}`);
    }
  }

  // A citation in a document the definer is more restricted than: lower builds show the rule's id only.
  for (const doc of docs) {
    for (const c of citations.get(doc)!) {
      const definer = graph.docs.get(byId.get(c.id)?.defined_by ?? '');
      if (!definer) continue;
      const builds = buildsWithholding(doc.data.classification, definer.data.classification);
      if (builds.length) problems.push(problem('CB607', c, { id: c.id, doc: doc.id, classification: doc.data.classification, definer: definer.id, definerClassification: definer.data.classification }, builds));
    }
  }

  // The rules a sentence can contradict: a value with a unit to write it in, or a vocabulary, and the terms that name it.
  const valued = rules.flatMap((rule) => {
    const unit = mentionUnit(rule);
    const value = numericValue(rule);
    return rule.mentions && unit !== undefined && value !== undefined ? [{ rule, unit, value, terms: rule.mentions.terms }] : [];
  });
  const vocabularies = rules.flatMap((rule) => (rule.type === 'vocabulary' && rule.mentions ? [{ rule, terms: rule.mentions.terms }] : []));
  for (const doc of docs) {
    for (const d of doc.body.directives) {
      // `::objectives` (a leaf) renders the objectives a policy sets (objectives register).
      if ((d.name !== 'rule' || d.kind !== 'text') && (d.name !== 'objectives' || d.kind !== 'leaf' || doc.type !== 'policy')) problems.push(problem('CB606', { file: doc.file, line: d.line, column: d.column }, { name: d.name, kind: d.kind }));
    }
    // A sentence names a rule's terms only if its document does: the rest are not looked for sentence by sentence.
    const named = valued.filter(({ terms }) => mentions(doc.text, terms));
    const graded = vocabularies.filter(({ terms }) => mentions(doc.text, terms));
    const text = named.length || graded.length ? sentences(doc) : [];
    // A sentence about a rule that writes a number in its unit, other than the rule's value, and does not cite it.
    for (const sentence of text) {
      for (const { rule, unit, value, terms } of named) {
        if (!mentions(sentence.text, terms)) continue;
        if (sentence.text.includes(`:rule[${rule.id}]`)) continue;
        for (const stated of statedValues(sentence.text, unit)) {
          if (stated.value === value) continue;
          problems.push(problem('CB603', { file: doc.file, line: sentence.line, column: sentence.column + stated.offset }, { stated: stated.text, id: rule.id, definedBy: rule.defined_by, value: writtenValue(rule), definedAt: definedAt.get(rule.id) }));
        }
      }
    }
    // A sentence about a vocabulary (its mentions) names grades in its vocabulary only: a quoted word
    // (“待改进”) or a letter grade (`C 级`, `D类`) that is not one of the grades is reported.
    for (const sentence of text) {
      for (const { rule, terms } of graded) {
        if (!mentions(sentence.text, terms)) continue;
        const grades = rule.grades.map((g) => g.term);
        for (const { term, offset } of gradeWords(sentence.text)) {
          if (!grades.includes(term)) problems.push(problem('CB604', { file: doc.file, line: sentence.line, column: sentence.column + offset }, { term, id: rule.id, grades }));
        }
      }
    }
    // A select field that takes its grades from a vocabulary offers only those grades.
    if (doc.type === 'template') {
      doc.data.fields.forEach((field, i) => {
        const rule = field.rule ? byId.get(field.rule) : undefined;
        if (rule?.type !== 'vocabulary') return;
        const grades = rule.grades.map((g) => g.term);
        (field.options ?? []).forEach((term, j) => {
          if (!grades.includes(term)) problems.push(problem('CB604', locate(doc.source, ['fields', i, 'options', j]), { term, id: rule.id, grades }));
        });
      });
    }
  }

  const source = corpus.rules?.source;
  if (!source) return problems;
  const subjects = new Map<string, Rule>();
  rules.forEach((rule, i) => {
    const at = (field: string) => locate(source, ['rules', i, field]);
    const definer = graph.docs.get(rule.defined_by);
    if (!definer) problems.push(problem('CB602', at('defined_by'), { kind: 'unknown', id: rule.id, doc: rule.defined_by, guess: suggest(rule.defined_by, graph.docs.keys()) }));
    else if (!citedBy.get(rule.id)?.has(rule.defined_by)) problems.push(problem('CB602', at('defined_by'), { kind: 'uncited', id: rule.id, doc: rule.defined_by }));
    const subject = ruleSubject(rule);
    if (subject === undefined) return;
    const other = subjects.get(subject);
    if (other && writtenValue(other) !== writtenValue(rule)) {
      problems.push(problem('CB605', at('mentions'), { id: rule.id, other: other.id, value: writtenValue(rule), otherValue: writtenValue(other) }));
    } else if (!other) subjects.set(subject, rule);
  });
  return problems;
}

/** Words a sentence writes as grades: quoted short words (“待改进”, 「A」) and letter grades (`C 级`, `D类`). */
function gradeWords(sentence: string): { term: string; offset: number }[] {
  const out: { term: string; offset: number }[] = [];
  for (const m of sentence.matchAll(/[“「"]([^”」"\s]{1,6})[”」"]/g)) out.push({ term: m[1]!, offset: m.index + 1 });
  for (const m of sentence.matchAll(/(?<![A-Za-z])([A-Z])\s*[级类]/g)) out.push({ term: m[1]!, offset: m.index });
  return out.sort((a, b) => a.offset - b.offset);
}

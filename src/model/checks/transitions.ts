// Adopting a check on an existing handbook: org.yaml `check_transitions` names a history or consistency
// check, why the handbook cannot meet it yet, and until when. Until then its errors are reported as
// warnings that say so; afterwards they are errors again. CB110 refuses any other check, and says when
// a transition has lapsed.
import type { Corpus } from '../corpus.ts';
import { locate } from '../locate.ts';
import { PROBLEM_CODES, pastStateNote, problem, transitionNote } from '../problem.ts';
import type { Problem, ProblemCode } from '../problem.ts';

/** The problems with every active transition applied, plus CB110 for transitions that cannot apply. */
export function applyTransitions(problems: readonly Problem[], corpus: Corpus, asOf: string): Problem[] {
  const org = corpus.org;
  const transitions = org?.data.check_transitions ?? [];
  if (!org || transitions.length === 0) return [...problems];
  const active = new Map<string, { reason: string; until: string }>();
  const out: Problem[] = [];
  transitions.forEach((t, i) => {
    const at = locate(org.source, ['check_transitions', i, 'code']);
    const entry = (PROBLEM_CODES as Record<string, { transitional?: true }>)[t.code];
    if (!entry?.transitional) out.push(problem('CB110', at, { kind: 'not-transitional', code: t.code, allowed: transitionalCodes() }));
    else if (t.until < asOf) out.push(problem('CB110', locate(org.source, ['check_transitions', i, 'until']), { kind: 'lapsed', code: t.code, until: t.until }));
    else active.set(t.code, t);
  });
  for (const p of problems) {
    const t = p.severity === 'error' ? active.get(p.code) : undefined;
    out.push(t ? { ...p, severity: 'warning', message: `${p.message} ${transitionNote(t.until, t.reason)}` } : p);
  }
  return out;
}

/** Codes an organisation may adopt with a transition. */
export function transitionalCodes(): ProblemCode[] {
  return (Object.keys(PROBLEM_CODES) as ProblemCode[]).filter((c) => 'transitional' in PROBLEM_CODES[c]);
}

/**
 * The problems of a past state of the handbook (an audit pack of an earlier date): errors of history and
 * consistency checks (the transitional ones, which the handbook then may predate) become warnings that
 * say so; every other error still stops the build.
 */
export function asPastState(problems: readonly Problem[]): Problem[] {
  return problems.map((p) => (p.severity === 'error' && 'transitional' in PROBLEM_CODES[p.code] ? { ...p, severity: 'warning', message: `${p.message} ${pastStateNote}` } : p));
}

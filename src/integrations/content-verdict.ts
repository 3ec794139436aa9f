// What the build makes of its content before Astro renders anything: the problems that concern this
// profile's build, and the message a build with errors stops with (the error lines as `check` prints them).
import { countProblems, formatCounts, formatProblem, problemsForBuild } from '../model/problem.ts';
import type { Problem } from '../model/problem.ts';
import type { Content } from '../site/index.ts';

export interface ContentVerdict {
  /** Only what concerns this build (a link to an internal document is no problem in an internal build). */
  readonly relevant: readonly Problem[];
  readonly counts: { readonly errors: number; readonly warnings: number };
  readonly errors: readonly Problem[];
  /** What `astro build` prints and stops with when there are errors; undefined when it may build. */
  readonly refusal: string | undefined;
}

/** Judge checked content for its build's profile, as the integration does at `astro:config:setup`. */
export function contentVerdict({ problems, build: { profile } }: Content): ContentVerdict {
  // What the build cannot repair counts as an error here (a withheld title written in plain text).
  const relevant = problemsForBuild(problems, profile);
  const counts = countProblems(relevant);
  const errors = relevant.filter((p) => p.severity === 'error');
  const refusal = errors.length > 0 ? `content has ${formatCounts(counts)} for this ${profile} build; fix the errors and build again:\n\n${errors.map(formatProblem).join('\n')}\n` : undefined;
  return { relevant, counts, errors, refusal };
}

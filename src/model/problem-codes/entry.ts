// What one entry of the problem catalogue is, and the small wording helpers its parts share.
export type Severity = 'error' | 'warning';

/** One entry of the catalogue: what the code means (docs/checks.md) and how its problems are worded. */
export interface CatalogueEntry<A> {
  readonly severity: Severity;
  readonly title: string;
  readonly fix: string;
  /** A warning the build cannot repair: a build of the profile it concerns fails on it. */
  readonly failsBuild?: true;
  /**
   * An error about the handbook's history or consistency that an organisation adopting the check may
   * report as a warning for a while (org.yaml `check_transitions`, with a reason and an end date).
   */
  readonly transitional?: true;
  /** The problem's message, from what the check found. */
  readonly message: (args: A) => string;
  /** What to do about this occurrence (none when it returns undefined); a string when it never varies. */
  readonly hint?: string | ((args: A) => string | undefined);
}

/** A catalogue entry; its hint, when a function, takes the arguments its message declares. */
export const entry = <A>(e: CatalogueEntry<A>): CatalogueEntry<A> => e;

/** `; did you mean "x"?`, or nothing without a guess. */
export const didYouMean = (guess: string | undefined) => (guess ? `; did you mean "${guess}"?` : '');


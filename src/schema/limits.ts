// How large a piece of content may be: one definition for the schemas, the loader and the checks. A title
// is printed on hundreds of pages and indexed for search; a body is parsed and rendered; an attachment is
// copied into every build. Far above anything a real handbook needs, far below what stalls a build.
export const LIMITS = {
  /** Characters in a title (the longest in the handbook has 31). */
  titleChars: 100,
  /** Characters in a summary (the longest has 85). */
  summaryChars: 300,
  /** Characters in any other text field of the frontmatter or a register. */
  fieldChars: 2000,
  /** Characters in a document body (the longest has about 5,000). */
  bodyChars: 100_000,
  /** Levels of nested lists and block quotes in a body (counted generously: two spaces of indent a level). */
  nestingDepth: 16,
  /** Bytes of an evidence attachment kept in the repository. */
  attachmentBytes: 10 * 1024 * 1024,
} as const;

/** A string field with an upper length, saying both the length found and the limit. */
export const tooLong = (limit: number) => (issue: { input?: unknown }) =>
  `is ${String(issue.input ?? '').length.toLocaleString('en')} characters long; at most ${limit.toLocaleString('en')} (shorten it; long text belongs in the body)`;

// What every check receives: the corpus, its graph, and the date the results are computed for.
import type { Corpus } from '../corpus.ts';
import type { Graph } from '../graph.ts';
import type { Problem } from '../problem.ts';

export interface CheckContext {
  readonly corpus: Corpus;
  readonly graph: Graph;
  /** `YYYY-MM-DD`: reviews and evidence freshness are judged as of this date. */
  readonly asOf: string;
  /** Months evidence stays fresh (org.yaml, default 12). */
  readonly freshnessMonths: number;
  /** Name of the content folder, for paths in messages. */
  readonly contentDir: string;
  /**
   * Ids of documents whose frontmatter does not parse, read from their text, and their files: a reference
   * to one is not "unknown", it waits on that file's fix (a follow-on problem, see runChecks).
   */
  readonly broken: ReadonlyMap<string, string>;
}

export type Check = (ctx: CheckContext) => Problem[];

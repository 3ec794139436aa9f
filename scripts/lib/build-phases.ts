// The phases of an Astro build from its own log: the lines "✓ Completed in Xs" that close "Collecting build
// info", "generating static routes" and the static build, and "N page(s) built in Xs". What comes before
// Astro's build (clausebook's checks) and after the routes (build:done hooks: Pagefind, the pages' pass) is
// what is left of the measured wall time.

export interface BuildPhases {
  /** Seconds: collecting build info (content sync, the content layer), the bundle, rendering the pages, build:done hooks. */
  readonly collect: number;
  readonly bundle: number;
  readonly render: number;
  readonly done: number;
  /** Astro's own total and the page count it reports. */
  readonly astro: number;
  readonly pages: number;
}

const seconds = (s: string) => (s.endsWith('ms') ? Number(s.slice(0, -2)) / 1000 : Number(s.replace(/s$/, '')));

/** The phases of a build from its log; undefined when the log is not an Astro build's. */
export function buildPhases(log: string): BuildPhases | undefined {
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  const after = (marker: string) => {
    const at = plain.indexOf(marker);
    if (at < 0) return undefined;
    const m = /✓ Completed in ([\d.]+m?s)/.exec(plain.slice(at));
    return m ? seconds(m[1]!) : undefined;
  };
  const collect = after('Collecting build info');
  const render = after('generating static routes');
  const staticBuild = after('Building static entrypoints') !== undefined ? [...plain.matchAll(/\[build\] ✓ Completed in ([\d.]+m?s)/g)].map((m) => seconds(m[1]!)).at(-1) : undefined;
  const total = /(\d+) page\(s\) built in ([\d.]+m?s)/.exec(plain);
  if (collect === undefined || render === undefined || staticBuild === undefined || !total) return undefined;
  const astro = seconds(total[2]!);
  return { collect, bundle: Math.max(0, staticBuild - render), render, done: Math.max(0, astro - collect - staticBuild), astro, pages: Number(total[1]) };
}

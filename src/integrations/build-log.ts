// Astro's terminal output without a line per page: a build of the handbook prints ~400 route lines that
// bury the few that matter (content problems, the page count, where the site is). Astro loads this module
// as its logger destination (`logger` in astro.config.mjs) and passes every other line to its own.
import nodeDestination from 'astro/logger/node';
import type { AstroLoggerDestination, AstroLoggerLevel, AstroLoggerMessage } from 'astro';

/** `  ├─ /sops/kickoff/index.html (+9ms)`: one generated page. Astro's own count line follows them. */
const ROUTE_LINE = /^\s*[├└│]─/;

/** Whether a log line is one of Astro's per-page lines. */
export function isRouteLine(message: AstroLoggerMessage): boolean {
  return message.level === 'info' && ROUTE_LINE.test(message.message);
}

export default function buildLog(config?: { level?: AstroLoggerLevel }): AstroLoggerDestination {
  const node = nodeDestination(config);
  return {
    write(message) {
      if (!isRouteLine(message)) node.write(message);
    },
  };
}

// Astro's terminal output without a line per page: a build of the handbook prints ~400 route lines that
// bury the few that matter (content problems, the page count, where the site is). Astro loads this module
// as its logger destination (`logger` in astro.config.mjs) and passes every other line to its own.
import nodeDestination from 'astro/logger/node';
import type { AstroLoggerDestination, AstroLoggerLevel, AstroLoggerMessage } from 'astro';

/** `  ├─ /sops/kickoff/index.html`: the start of one generated page's line (its time follows as a second message). */
const ROUTE_LINE = /^\s*[├└]─ /;
const COLOURS = /\u001b\[[0-9;]*m/g;
/**
 * Astro warns that `--force` cleared its content store: whoever passes `--force` asked for exactly that, so
 * the warning tells them nothing. (`npm run build` needs no `--force`: the profile and the content root are
 * in the content cache's key, astro.config.mjs.)
 */
const FORCED_CLEAR = 'data store cleared (force)';

/** Whether a log message starts one of Astro's per-page lines. */
export function isRouteLine(message: AstroLoggerMessage): boolean {
  return message.level === 'info' && ROUTE_LINE.test(message.message.replace(COLOURS, ''));
}

/** A destination that drops Astro's per-page lines and writes everything else as Astro would. */
export function quietDestination(inner: AstroLoggerDestination): AstroLoggerDestination {
  // A route line is written in two parts: the path without a newline, then its time (or "cached").
  let routeOpen = false;
  return {
    write(message) {
      if (isRouteLine(message)) {
        routeOpen = !message.newLine;
        return;
      }
      if (routeOpen && message.label === 'SKIP_FORMAT') {
        routeOpen = false;
        return;
      }
      routeOpen = false;
      if (message.label === 'content' && message.message === FORCED_CLEAR) return;
      inner.write(message);
    },
  };
}

export default function buildLog(config?: { level?: AstroLoggerLevel }): AstroLoggerDestination {
  return quietDestination(nodeDestination(config));
}

// Ids and dates in table cells and links stay on one line. A browser may break "EV-2026-002" or "SOP-004"
// after a hyphen, and a narrow column or a phone's line then shows "EV-2026-" over "002"; CSS cannot select
// text by its shape, so the page's HTML gets each such token in a table cell or a link's text wrapped in
// <span class="nowrap">, once, for every page (src/middleware.ts), whatever component or Markdown wrote it.

/** An id (EV-2026-002, NC-2026-031, SOP-004, CASE-2026-001) or an ISO date, optionally with its time; not one inside a path or URL, which may break. */
const TOKEN = /(?<![\w/.-])(?:[A-Z]{2,5}-\d{4}-\d{3,}|[A-Z]{2,5}-\d{3,}|\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?)(?![\w-])/g;
/** `html` with every id or date in the text of a td, th or a wrapped in a nowrap span. */
export function keepTogether(html: string): string {
  let cell = 0;
  let kept = 0; // inside <code> or <time>, which never break already
  let out = '';
  let i = 0;
  // Comments and elements whose text is not page text pass whole; other tags open or close a cell, code or time.
  const tag = /<!--[\s\S]*?-->|<(script|style|title|textarea|option)\b[\s\S]*?<\/\1\s*>|<\/?([a-zA-Z][\w-]*)[^>]*>/g;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const text = html.slice(i, m.index);
    out += cell > 0 && kept === 0 ? text.replace(TOKEN, '<span class="nowrap">$&</span>') : text;
    out += m[0];
    i = m.index + m[0].length;
    const name = m[2]?.toLowerCase();
    const step = m[0][1] === '/' ? -1 : 1;
    if (name === 'td' || name === 'th' || name === 'a') cell = Math.max(0, cell + step);
    if (name === 'code' || name === 'time') kept = Math.max(0, kept + step);
  }
  return out + html.slice(i);
}

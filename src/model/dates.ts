// Calendar arithmetic on `YYYY-MM-DD` strings, in UTC, so results never depend on the machine's zone.

/** Today's date in UTC as `YYYY-MM-DD`. Only the edges (CLI, integration) call this. */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Add (or subtract) whole months, clamping to the last day of the target month. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12; // 0-based
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return isoDate(year, month + 1, Math.min(d, lastDay));
}

/** Add (or subtract) days. */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Working days (Monday to Friday) after `a` up to and including `b`; public holidays are not known here. */
export function workingDaysBetween(a: string, b: string): number {
  const days = daysBetween(a, b);
  if (days <= 0) return days;
  const start = new Date(`${a}T00:00:00Z`).getUTCDay();
  let count = 0;
  for (let i = 1; i <= days; i++) {
    const weekday = (start + i) % 7;
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}

/** Minutes from `a` to `b`, each `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (a date alone is its midnight, UTC). */
export function minutesBetween(a: string, b: string): number {
  const at = (s: string) => Date.parse(`${s.length === 10 ? `${s}T00:00` : s}:00Z`);
  return Math.round((at(b) - at(a)) / 60_000);
}

// iCalendar (RFC 5545) feeds of what falls due, written by ical-generator: all-day events with UIDs that
// stay the same when a duty's date moves (calendar apps update the event instead of adding another),
// and a fixed DTSTAMP (the report's date) so the same content gives the same bytes.
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { DueItem } from '../calendar.ts';

export interface FeedOptions {
  /** The calendar's name as apps show it. */
  readonly name: string;
  /** The date the items were computed for (DTSTAMP). */
  readonly asOf: string;
  /** The words for each kind of duty and for an overdue one (the feed is read by people). */
  readonly words: { readonly kind: (kind: DueItem['kind']) => string; readonly overdue: string };
  /** Absolute URL of the site, when known, for each event's link. */
  readonly siteUrl?: string;
}

/** The feed's text. */
export function toICalendar(items: readonly DueItem[], options: FeedOptions): string {
  const calendar = ical({ name: options.name, prodId: { company: 'clausebook', product: 'clausebook', language: 'ZH' }, method: ICalCalendarMethod.PUBLISH });
  const stamp = new Date(`${options.asOf}T00:00:00Z`);
  for (const item of items) {
    const start = new Date(`${item.date}T00:00:00Z`);
    calendar.createEvent({
      id: `${item.uid}@clausebook`,
      allDay: true,
      start,
      end: new Date(start.getTime() + 86_400_000),
      stamp,
      summary: `${item.state === 'overdue' ? options.words.overdue : ''}${options.words.kind(item.kind)}：${item.ref} ${item.title}`,
      description: item.period ? `${item.period.from} — ${item.period.to}${item.relationship ? ` · ${item.relationship}` : ''}` : null,
      url: options.siteUrl ? new URL(item.path, options.siteUrl).href : null,
      categories: [{ name: item.kind }],
    });
  }
  return calendar.toString();
}

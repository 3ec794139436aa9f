// calendar.ics: everything that falls due in the organisation, as the build's profile shows it.
import { calendarFeed } from '../components/calendar-feed.ts';
import { site } from '../site/index.ts';

export async function GET(): Promise<Response> {
  const view = await site();
  return new Response(calendarFeed(view, undefined), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

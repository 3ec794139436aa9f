// calendar/<department>.ics: what falls due for one department.
import { calendarFeed } from '../../components/calendar-feed.ts';
import { site } from '../../site/index.ts';

export async function getStaticPaths() {
  const { corpus } = await site();
  return (corpus.org?.data.departments ?? []).map((d) => ({ params: { department: d.id } }));
}

export async function GET({ params }: { params: { department: string } }): Promise<Response> {
  const view = await site();
  return new Response(calendarFeed(view, params.department), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

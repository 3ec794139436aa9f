// What falls due: the due page lists every open duty with the state the model computes, and the
// iCalendar feeds (whole organisation, one per department) parse with a real parser (ical.js), with
// one all-day event per duty and UIDs that do not depend on the duty's date.
import { appendFile, rm } from 'node:fs/promises';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, expect, test } from 'vitest';
import { buildIsolated } from '../../scripts/lib/astro-build.ts';
import { FIXTURE_AS_OF, materialiseFixture } from '../load-fixture.ts';
import { readPage } from '../html.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

test('should list a missed quarter and the reviews on the due page, and publish them as parsable calendar events', async () => {
  const root = await materialiseFixture('CB911');
  dirs.push(root);
  await appendFile(path.join(root, 'content/org.yaml'), 'check_transitions:\n  - { code: CB911, reason: 测试：漏做的季度复核已登记为不符合项。, until: 2026-12-31 }\n');
  const out = path.join(root, 'dist');
  const result = await buildIsolated(out, { CLAUSEBOOK_ROOT: root, CLAUSEBOOK_AS_OF: FIXTURE_AS_OF, CLAUSEBOOK_HISTORY: 'off' });
  expect(result.ok, result.output).toBe(true);
  const file = (p: string) => readPage(path.join(out, p));
  const due = await file('due/index.html');
  expect(due).toContain('截至 2026-06-01：已逾期 1 项');
  expect(due).toMatch(/<time datetime="2026-01-10">2026-01-10<\/time><\/td><td[^>]*>定期义务<\/td><td[^>]*><a href="\/id\/SOP-001\/">SOP-001<\/a> 供应商评分季度复核<span class="muted"> （2025-10-01 至 2025-12-31）/);
  // The coverage matrix says which duty was missed, by its title.
  expect(await file('coverage/index.html')).toContain('有定期义务没有按时完成或未达到要求：SOP-001 供应商评分季度复核（2025-10-01 至 2025-12-31）');
  const events = (name: string) => new ICAL.Component(ICAL.parse(name)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  const all = events(await file('calendar.ics'));
  const missed = all.find((e) => e.uid === 'obligation-SOP-001-scoring-review-2025-10-01@clausebook')!;
  expect(missed.summary).toBe('【逾期】定期义务：SOP-001 供应商评分季度复核');
  expect(missed.startDate.toString()).toBe('2026-01-10');
  expect(missed.startDate.isDate).toBe(true);
  // The quarter in progress is due by its period's end plus the grace; the done quarter is not in the feed.
  expect(all.find((e) => e.uid === 'obligation-SOP-001-scoring-review-2026-04-01@clausebook')!.startDate.toString()).toBe('2026-07-10');
  expect(all.some((e) => e.uid === 'obligation-SOP-001-scoring-review-2026-01-01@clausebook')).toBe(false);
  // A review keeps its UID whatever its date: one per document.
  const reviews = all.filter((e) => e.uid.startsWith('review-'));
  expect(reviews.length).toBeGreaterThan(0);
  for (const e of reviews) expect(e.uid).toMatch(/^review-[A-Z]+-[\d-]+@clausebook$/);
  expect(reviews.find((e) => e.uid === 'review-SOP-001@clausebook')!.startDate.toString()).toBe('2027-02-01');
  expect(new Set(all.map((e) => e.uid)).size).toBe(all.length);
  // The supply chain department's feed holds its own duties only.
  const scm = events(await file('calendar/scm.ics'));
  expect(scm.map((e) => e.uid)).toContain('obligation-SOP-001-scoring-review-2025-10-01@clausebook');
  expect(scm.every((e) => all.some((a) => a.uid === e.uid))).toBe(true);
  expect(scm.length).toBeLessThan(all.length);
});

// Evidence freshness at its boundaries: fresh, due within the warning period, stale, future.
import { expect, test } from 'vitest';
import { evidenceFreshness, freshUntil } from '../../src/model/freshness.ts';

const AS_OF = '2026-11-23';

test('should be stale one day past the 12-month window and fresh on its last day', () => {
  expect(evidenceFreshness('2025-11-22', AS_OF, 12, 60)).toBe('stale');
  expect(evidenceFreshness('2025-11-23', AS_OF, 12, 60)).toBe('due');
  expect(freshUntil('2025-11-23', 12)).toBe('2026-11-23');
});

test('should be due when it goes stale within the warning period, fresh after that', () => {
  // Stale after 2027-01-22 - 12 months = 2026-01-22 boundary.
  expect(evidenceFreshness('2026-01-21', AS_OF, 12, 60)).toBe('due');
  expect(evidenceFreshness('2026-01-22', AS_OF, 12, 60)).toBe('fresh');
  expect(evidenceFreshness('2026-11-23', AS_OF, 12, 60)).toBe('fresh');
});

test('should not count a record dated after the as-of date', () => {
  expect(evidenceFreshness('2026-11-24', AS_OF, 12, 60)).toBe('future');
});

test('should call a review overdue from the day after review_by, for approved documents only', async () => {
  const { isReviewOverdue } = await import('../../src/model/states.ts');
  expect(isReviewOverdue({ status: 'approved', review_by: '2026-11-22' }, '2026-11-23')).toBe(true);
  expect(isReviewOverdue({ status: 'approved', review_by: '2026-11-23' }, '2026-11-23')).toBe(false);
  expect(isReviewOverdue({ status: 'draft', review_by: '2026-01-01' }, '2026-11-23')).toBe(false);
  expect(isReviewOverdue({ status: 'approved' }, '2026-11-23')).toBe(false);
});

test('should derive a review date from review_every after the current version, and let a stated review_by win', async () => {
  const { reviewDue, reviewState, cadenceReviewBy } = await import('../../src/model/states.ts');
  const changes = [{ version: '1.0', date: '2025-01-10' }, { version: '1.1', date: '2025-09-01' }];
  const doc = { status: 'approved', version: '1.1', effective: '2025-01-10', review_every: '12 months', changes };
  expect(reviewDue(doc)).toBe('2026-09-01');
  expect(reviewDue({ ...doc, review_every: '2 years' })).toBe('2027-09-01');
  // Without a changes entry for the version, the cadence runs from `effective`.
  expect(cadenceReviewBy({ status: 'approved', version: '1.0', effective: '2025-01-10', review_every: '6 months' })).toBe('2025-07-10');
  expect(reviewDue({ ...doc, review_by: '2026-05-01' })).toBe('2026-05-01');
  // A review that confirmed the document without a new version moves the next one; an older one does not.
  expect(reviewDue({ ...doc, reviewed: '2026-08-20' })).toBe('2027-08-20');
  expect(reviewDue({ ...doc, reviewed: '2025-03-01' })).toBe('2026-09-01');
  // A derived date is overdue like a stated one.
  expect(reviewState(doc, '2026-11-23')).toMatchObject({ reviewBy: '2026-09-01', overdue: true, due: true });
  expect(reviewState(doc, '2026-03-01')).toMatchObject({ reviewBy: '2026-09-01', overdue: false, due: false });
  expect(reviewDue({ status: 'approved', version: '1.0' })).toBeUndefined();
});

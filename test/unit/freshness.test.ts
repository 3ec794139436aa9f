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

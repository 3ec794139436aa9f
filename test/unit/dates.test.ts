// Calendar arithmetic the freshness window depends on.
import { expect, test } from 'vitest';
import { addDays, addMonths, daysBetween } from '../../src/model/dates.ts';

test('should subtract months and clamp to the end of a shorter month', () => {
  expect(addMonths('2026-11-23', -12)).toBe('2025-11-23');
  expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
});

test('should add days across years and count days between dates', () => {
  expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  expect(daysBetween('2026-03-01', '2026-06-01')).toBe(92);
});

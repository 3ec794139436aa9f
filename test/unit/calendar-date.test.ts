// The one date rule (isCalendarDate) agrees with the calendar: every day from 1899 to 2101 and every
// impossible date around them, against what Date makes of them.
import { expect, test } from 'vitest';
import { isCalendarDate } from '../../src/schema/common.ts';

const byDate = (value: string) => {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
};

test('every written day of 1899-2101, real or not, is judged as the calendar does', () => {
  let real = 0;
  for (let year = 1899; year <= 2101; year++) {
    for (let month = 0; month <= 13; month++) {
      for (let day = 0; day <= 32; day++) {
        const value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        expect(isCalendarDate(value), value).toBe(byDate(value));
        if (byDate(value)) real++;
      }
    }
  }
  expect(real).toBe(74_144); // the days from 1899-01-01 to 2101-12-31
});

test('leap days and malformed dates', () => {
  expect(isCalendarDate('2024-02-29')).toBe(true);
  expect(isCalendarDate('2000-02-29')).toBe(true);
  expect(isCalendarDate('1900-02-29')).toBe(false);
  expect(isCalendarDate('2026-02-29')).toBe(false);
  for (const bad of ['2026-1-01', '2026-01-1', '20260101', '2026-01-01T00:00', ' 2026-01-01', '2026/01/01', '']) expect(isCalendarDate(bad), bad).toBe(false);
});

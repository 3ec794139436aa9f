// Field schemas shared by every content file: ids, dates, clause references, classification.
import { z } from 'zod';

/** ISO calendar date `YYYY-MM-DD`; accepts a Date too, because Astro's YAML 1.1 parser makes one. */
export const DateSchema = z
  .union([
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date written YYYY-MM-DD' }),
    z.date(),
  ])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .refine((value) => isCalendarDate(value), {
    error: (issue) => `"${String(issue.input)}" is not a day of the calendar; expected a real date written YYYY-MM-DD`,
  })
  .describe('A date written `YYYY-MM-DD`, e.g. `2026-03-01`.');

export const ClauseRefSchema = z
  .string()
  .regex(/^[a-z0-9]+:[0-9A-Z]+(\.\d+)*$/, {
    message: 'expected a clause reference `standard:clause`, e.g. `gbt40144:8.5`',
  })
  .describe('Clause as `standard:clause`, e.g. `gbt40144:8.5`.');

export const CLASSIFICATIONS = ['public', 'internal', 'confidential'] as const;
export const ClassificationSchema = z
  .enum(CLASSIFICATIONS)
  .describe('Who may read it: `public` (公开), `internal` (内部) or `confidential` (机密).');
export type Classification = z.infer<typeof ClassificationSchema>;

/** Rank of a classification: a build at rank r publishes everything at rank <= r. */
export const CLASSIFICATION_RANK: Record<Classification, number> = {
  public: 0,
  internal: 1,
  confidential: 2,
};

/** An evidence register id, `EV-YYYY-NNN`. */
export const EvidenceIdSchema = z.string().regex(/^EV-\d{4}-\d{3,}$/, { message: 'expected an evidence id `EV-YYYY-NNN`, e.g. `EV-2026-014`' });

export const SlugIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, { message: 'expected lower-case letters, digits and hyphens, e.g. `cmo`' })
  .describe('Short machine id: lower-case letters, digits, hyphens.');

export const VersionSchema = z
  .string({ message: 'expected a quoted version string such as "1.0"' })
  .regex(/^\d+\.\d+$/, { message: 'expected a version `MAJOR.MINOR`, e.g. "1.0"' })
  .describe('Document revision `MAJOR.MINOR` in quotes, e.g. `"1.2"` (YAML reads 1.0 unquoted as a number).');

/**
 * Whether `value` is a date written `YYYY-MM-DD` that names a real day (2026-02-30 does not; Date.parse
 * would roll it over). The one date rule: content, settings and command-line flags all use it.
 */
export function isCalendarDate(value: string): boolean {
  if (value.length !== 10 || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);
}

/** Build profiles: which classifications a build publishes (src/model/profile.ts). */
export const PROFILES = ['public', 'internal', 'restricted'] as const;
export const DEFAULT_PROFILE = 'internal' satisfies (typeof PROFILES)[number];

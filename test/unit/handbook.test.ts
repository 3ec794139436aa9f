// The real handbook in content/: valid, complete, and fully covered as of its publication date.
import path from 'node:path';
import { expect, test } from 'vitest';
import { runChecks } from '../../src/model/checks/index.ts';
import { validDocs } from '../../src/model/corpus.ts';
import { computeCoverage } from '../../src/model/coverage.ts';
import { loadCorpus } from '../../src/model/load/load-corpus.ts';

// Fixed so the result does not change with the calendar; `npm run check` uses today.
const AS_OF = '2026-12-01';
const corpus = await loadCorpus({ root: path.resolve('.') });

test('should have no errors in the handbook', () => {
  const errors = runChecks(corpus, { asOf: AS_OF }).filter((p) => p.severity === 'error');
  expect(errors).toEqual([]);
});

test('should meet the handbook counts of every document type', () => {
  const docs = validDocs(corpus);
  const count = (type: string) => docs.filter((d) => d.type === type).length;
  expect(docs).toHaveLength(corpus.documents.length);
  expect(count('policy')).toBeGreaterThanOrEqual(8);
  expect(count('sop')).toBeGreaterThanOrEqual(14);
  expect(count('template')).toBeGreaterThanOrEqual(14);
  expect(count('case')).toBeGreaterThanOrEqual(5);
  expect(corpus.evidence.length).toBeGreaterThanOrEqual(30);
  expect(new Set(docs.filter((d) => d.type === 'case').map((d) => (d.data as { scenario: string }).scenario))).toEqual(
    new Set(['project', 'process-optimisation', 'problem-solving', 'resource-coordination']),
  );
});

test('should cover every requirement clause of GB/T 40144-2021 with no gap', () => {
  const report = computeCoverage(corpus, { asOf: AS_OF });
  const requirements = report.clauses.filter((c) => c.kind === 'requirement');
  expect(requirements.length).toBe(32);
  // The breaches of procedure the cases' records show (steps without a record, out of order, late, decided by
  // another role) are recorded by findings (NC-2026-008..022, 050..054, 080..095); none caps a clause (CB709's
  // four remaining reports are the three levels signed on one kickoff form, which names one `decided_by`).
  const breached = (c: (typeof requirements)[number]) => c.state === 'addressed' && c.why.code === 'breached';
  // POL-007's access-log reviews and SOP-018's quarterly reports have no record for Q1 and Q3 2026, POL-009's
  // monthly reports none for January-October, POL-004's quarterly risk summaries none for Q1-Q3, and SOP-007's
  // quarterly A-class review none for Q3 (CB911; NC-2026-070, -031, -071, -017); POL-001's objectives have
  // indicators with periods due and no measurement (CB931, NC-2026-031): 6.1, 6.2, 7.4, 7.5.3, 8.8 and 9.1.
  // The periodic duties written as data on 2026-12-01 add their misses: POL-003's quarterly system reports
  // (5.3, NC-2026-097), SOP-002's knowledge-base upkeep (8.3, -098), SOP-006's value ledger (8.7, -099),
  // SOP-013's minutes spot checks (9.1, -100), SOP-017's quarterly summary and improvement review (10.1, 10.2,
  // -101), SOP-019's weekly analyses and monthly indicators (8.1, 9.1, -102), POL-002's half-yearly compliance
  // list check (4.2, -103).
  const missed = (c: (typeof requirements)[number]) => c.state === 'addressed' && c.why.code === 'missed';
  expect(requirements.filter((c) => c.state !== 'covered' && c.state !== 'excluded' && !breached(c) && !missed(c)).map((c) => `${c.id} ${c.state}`)).toEqual([]);
  expect(requirements.filter(breached).map((c) => c.id)).toEqual([]);
  expect(requirements.filter(missed).map((c) => c.id)).toEqual(['4.2', '5.3', '6.1', '6.2', '7.4', '7.5.3', '8.1', '8.3', '8.7', '8.8', '9.1', '10.1', '10.2']);
  expect(report.totals.gap).toBe(0);
});

test('should give every lifecycle stage 8.2-8.9 an SOP that uses a form whose records are registered', () => {
  const docs = validDocs(corpus);
  for (const stage of ['8.2', '8.3', '8.4', '8.5', '8.6', '8.7', '8.8', '8.9']) {
    const sops = docs.filter((d) => d.type === 'sop' && d.data.clauses.includes(`gbt40144:${stage}`));
    expect(sops.length, `SOP for ${stage}`).toBeGreaterThan(0);
    const forms = sops.flatMap((s) => (s.type === 'sop' ? s.data.templates : []));
    expect(forms.length, `forms used at ${stage}`).toBeGreaterThan(0);
    const records = corpus.evidence.filter((e) => e.data && (forms.includes(e.data.produced_by) || sops.some((s) => s.id === e.data!.produced_by)));
    expect(records.length, `records at ${stage}`).toBeGreaterThan(0);
  }
});

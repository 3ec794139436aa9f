// The catalogue words every problem: each code's message and hint are functions of its arguments in
// src/model/problem-codes.ts, and no check writes its own wording.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { PROBLEM_CODES, followOnNote, problem } from '../../src/model/problem.ts';
import type { ProblemArgs, ProblemCode } from '../../src/model/problem.ts';

/** Arguments for every code, one per message variant. */
const SAMPLES: { [C in ProblemCode]: readonly ProblemArgs<C>[] } = {
  CB100: [{ kind: 'syntax', reason: 'Missing closing "quote' }, { kind: 'no-frontmatter' }],
  CB101: [
    { kind: 'unknown-field', field: 'reviewby', guess: 'review_by', known: ['id', 'review_by'] },
    { kind: 'unknown-field', field: 'extra', guess: undefined, known: [] },
    { kind: 'missing', field: 'owner', description: 'Department id from `content/org.yaml`.' },
    { kind: 'type', field: 'version', description: undefined, found: 1, expected: 'string' },
    { kind: 'value', field: 'status', description: 'Lifecycle.', found: 'aproved', options: ['draft', 'approved'], guess: 'approved' },
    { kind: 'union', field: 'effective', description: 'Date.', found: '2026-02-30', reason: 'is not a day of the calendar' },
    { kind: 'other', field: 'fields[0].options', description: undefined, reason: 'a `select` field needs `options`' },
    { kind: 'other', field: 'id', description: undefined, reason: 'expected an id', found: null },
  ],
  CB102: [{ id: 'POL-001', first: 'content/policies/a.mdx' }],
  CB103: [{ id: 'POL-001', type: 'sop', folder: 'sops', example: 'SOP-001' }],
  CB104: [
    { kind: 'standard', key: 'iso9001', field: 'clauses[0]', known: ['gbt40144'] },
    { kind: 'clause', ref: 'gbt40144:8.55', key: 'gbt40144', field: 'clauses[1]', guess: '8.5', clauses: ['4', '8.5', 'A'] },
  ],
  CB105: (['department', 'role', 'role or department', 'person'] as const).map((kind) => ({ kind, id: 'cm0', guess: 'cmo' })),
  CB106: [
    { kind: 'broken', id: 'POL-008', file: 'content/policies/broken.mdx' },
    { kind: 'unknown', id: 'SOP-01', field: 'related', guess: 'SOP-001' },
  ],
  CB107: [{ id: 'EV-2026-01', guess: undefined }],
  CB108: [{ id: 'SOP-001', type: 'sop', field: 'templates', expected: ['template'] }],
  CB109: [{ kind: 'twice', clause: 'gbt40144:8.6' }, { kind: 'not-requirement', clause: 'gbt40144:A', clauseKind: 'informative' }],
  CB201: [{ reviewBy: '2026-01-01', days: 151, asOf: '2026-06-01' }],
  CB202: [{ reviewBy: '2026-01-01', effective: '2026-01-15' }],
  CB212: [{ reviewBy: '2027-06-30', every: '12 months', from: '2026-03-01', latest: '2027-03-01' }],
  CB203: [{ id: 'POL-001', missing: 'approvers' }, { id: 'POL-001', missing: 'effective' }],
  CB204: [{ id: 'POL-002', target: 'POL-001', status: 'approved', file: 'content/policies/a.mdx' }],
  CB205: [{ cycle: ['POL-001', 'POL-002', 'POL-001'] }],
  CB206: [
    { id: 'POL-003', target: 'POL-001', status: 'superseded', successor: 'POL-002' },
    { id: 'POL-003', target: 'POL-001', status: 'retired', successor: undefined },
  ],
  CB207: [{ id: 'EV-2024-001', date: '2024-01-20', months: 12, oldest: '2025-06-01', clauses: ['gbt40144:4.1'] }],
  CB208: [{ id: 'EV-2027-001', date: '2027-01-20', asOf: '2026-06-01' }],
  CB301: [{ reason: 'Unexpected character `<`' }],
  CB302: [
    { kind: 'broken', id: 'POL-008', file: 'content/policies/broken.mdx' },
    { kind: 'unknown-document', id: 'POL-00', guess: 'POL-001' },
    { kind: 'unknown-evidence', id: 'EV-2026-00', guess: undefined },
    { kind: 'no-page', url: '/nowhere/' },
    { kind: 'relative', url: 'other.mdx' },
  ],
  CB303: [
    { anchor: 'nix', target: 'POL-001', guess: undefined, anchors: ['目的'] },
    { anchor: 'x', target: undefined, guess: undefined, anchors: [] },
    { anchor: 'zz', target: 'POL-002', guess: undefined, anchors: Array.from({ length: 10 }, (_, i) => `节${i}`) },
  ],
  CB304: (['related', 'supersedes', 'templates', 'evidence', 'link'] as const).map((via) => ({
    classification: 'public', id: 'POL-001', via, targetClassification: 'confidential', target: 'POL-002', builds: ['public', 'internal'],
  })),
  CB305: [
    { id: 'EV-2026-001', classification: 'public', producer: 'POL-001', floor: 'internal', byTemplate: false },
    { id: 'EV-2026-002', classification: 'internal', producer: 'TPL-001', floor: 'confidential', byTemplate: true },
  ],
  CB306: [{ classification: 'public', who: 'POL-001', targetClassification: 'internal', target: 'POL-002', title: '合作伙伴保密制度' }],
  CB307: [
    { kind: 'esm', code: "import x from 'y'" },
    { kind: 'expression', code: '1 + 1' },
    { kind: 'component', name: 'Widget' },
    { kind: 'attribute', name: 'span' },
  ],
  CB308: [{ kind: 'element', element: 'script' }, { kind: 'attribute', element: 'abbr', attribute: 'onclick' }],
  CB309: [
    { url: '//evil.example.com/', refusal: { reason: 'other-host' } },
    { url: 'https://example.com/a.png', refusal: { reason: 'image-scheme', scheme: 'https' } },
    { url: 'javascript:alert(1)', refusal: { reason: 'link-scheme', scheme: 'javascript' } },
  ],
  CB310: [{ depth: 12, max: 10 }],
  CB311: [
    { kind: 'attachment', bytes: 30 * 1048576, max: 10 * 1048576 },
    { kind: 'body', chars: 300_009, max: 100_000 },
    { kind: 'field', field: 'changes[0].summary', chars: 5000, max: 2000 },
  ],
  CB401: [{ kind: 'attachment' }, { kind: 'not-mdx', folder: 'sops' }, { kind: 'unknown', folders: ['policies', 'sops'] }],
  CB402: [{ location: 'content/evidence/files/missing.pdf' }],
  CB403: [{ kind: 'not-https', location: 'http://x' }, { kind: 'outside', location: 'files/x.pdf', contentDir: 'content' }],
  CB404: [{ file: 'content/org.yaml' }],
  CB405: [
    { kind: 'missing', file: '.github/CODEOWNERS' },
    { kind: 'extra', file: '.github/CODEOWNERS', line: 5, got: '/c @w' },
    { kind: 'short', file: '.github/CODEOWNERS', line: 4, wanted: '/b @y' },
    { kind: 'differs', file: '.github/CODEOWNERS', line: 3, got: '/a @z', wanted: '/a @x' },
  ],
  CB406: [{ file: 'content/policies/a.mdx', first: 'content/policies/A.mdx' }],
  CB407: [{ file: 'content/policies/link.mdx', kind: 'symbolic-link' }, { file: 'content/policies/fifo.mdx', kind: 'special' }],
  CB408: [{ encoding: 'utf-16' }, { encoding: 'gb18030' }, { encoding: 'other' }],
  CB409: [{ location: 'content/evidence/files/report.html', ext: 'html', types: ['pdf', 'docx'] }, { location: 'content/evidence/files/README', ext: '', types: ['pdf'] }],
  CB501: [
    { kind: 'reopened', id: 'SOP-001', status: 'draft', version: '1.0', next: '1.1' },
    { kind: 'changed', file: 'content/sops/a.mdx', id: 'SOP-001', base: 'main (1a2b3c4)', oldVersion: '1.0', version: '1.0', next: '1.1', nextMajor: '2.0' },
    { kind: 'withdrawn', file: 'content/sops/a.mdx', id: 'SOP-001', base: 'main (1a2b3c4)', status: 'retired', version: '1.0' },
  ],
  CB502: [
    { kind: 'back', id: 'SOP-001', base: 'main (1a2b3c4)', oldVersion: '1.0', version: '0.9', next: '1.1' },
    { kind: 'no-entry', id: 'SOP-001', base: 'main (1a2b3c4)', oldVersion: '1.0', version: '2.0', major: true },
    { kind: 'no-entry', id: 'POL-011', base: 'main (1a2b3c4)', oldVersion: undefined, version: '1.0', major: false },
    { kind: 'no-approvers', id: 'POL-001', base: 'main (1a2b3c4)', oldVersion: '1.0', version: '2.0' },
  ],
  CB503: [{ id: 'POL-001', version: '1.0', base: 'main (1a2b3c4)' }],
  CB504: [{ file: 'content/sops/a.mdx', oldId: 'SOP-001', id: 'SOP-009', base: 'main (1a2b3c4)' }],
  CB505: [
    { kind: 'new', id: 'POL-010', status: 'retired' },
    { kind: 'moved', id: 'POL-002', from: 'draft', base: 'main (1a2b3c4)', to: 'approved', allowed: ['in-review'] },
    { kind: 'moved', id: 'POL-003', from: 'superseded', base: 'main (1a2b3c4)', to: 'draft', allowed: [] },
  ],
  CB110: [{ kind: 'not-transitional', code: 'CB307', allowed: ['CB209', 'CB210'] }, { kind: 'lapsed', code: 'CB209', until: '2026-06-30' }],
  CB209: [{ id: 'SOP-016', version: '1.0', since: '2026-02-15', cited: 'EV-2026-039', date: '2026-10-16' }],
  CB210: [{ id: 'SOP-015', effective: '2026-01-05', template: 'TPL-018', issued: '2026-04-01' }],
  CB211: [{ kind: 'before', id: 'EV-2025-001', date: '2025-06-20', producer: 'SOP-003', when: '2026-01-12' }, { kind: 'after', id: 'EV-2026-050', date: '2026-09-01', producer: 'SOP-020', when: '2026-06-01', status: 'superseded' }],
  CB506: [{ id: 'partner.contract.ceo_approval', from: '>= 200 万元', to: '>= 300 万元', doc: 'POL-003', version: '1.2', base: 'main (1a2b3c4)' }],
  CB507: [{ id: 'SOP-004', from: '1.1', to: '1.2', changes: ['steps 8 → 9', 'time limits 3个工作日 → 5个工作日'], next: '2.0' }],
  CB607: [{ id: 'partner.contract.ceo_approval', doc: 'SOP-005', classification: 'public', definer: 'POL-003', definerClassification: 'internal' }],
  CB701: [{ id: 'SOP-004', n: 8, role: 'ceo', does: 'decides', raci: 'I' }, { id: 'SOP-004', n: 2, role: 'cmo', does: 'owns', raci: undefined }],
  CB702: [{ id: 'SOP-004', role: 'collab-exec' }],
  CB703: [{ kind: 'number', id: 'SOP-004', n: 3, expected: 2 }, { kind: 'after', id: 'SOP-004', n: 2, after: 2 }, { kind: 'form', id: 'SOP-004', n: 2, form: 'TPL-009' }],
  CB704: [{ id: 'EV-2026-023', template: 'TPL-006', key: 'quality', problem: 'expected a score from 1 to 5' }],
  CB705: [
    { id: 'EV-2026-012', template: 'TPL-001', key: 'total', label: '加权总分', stated: 3.8, expected: 3.6 },
    { id: 'EV-2026-023', template: 'TPL-006', instance: 'CASE-2026-002', step: 'SOP-004#6', key: 'weighted_total', label: '加权总分', subject: '睿视光电', stated: 4.51, expected: 4.49, weights: { dimensions: '行业匹配度/能力/资质与合规/文化契合度', used: '30/35/15/20', approved: '20/45/15/20' } },
  ],
  CB706: [{ instance: 'CASE-2026-002', sop: 'SOP-005', n: 4, title: '签署联合风险登记表' }],
  CB707: [{ instance: 'CASE-2026-002', sop: 'SOP-002', n: 3, title: '编制商业论证', record: 'EV-2026-021', at: '2026-02-06', before: 2, beforeAt: '2026-02-13' }],
  CB708: [{ instance: 'CASE-2026-003', sop: 'SOP-011', n: 2, title: '召开紧急会议', record: 'EV-2026-043', limit: '2 hours (escalation.meeting)', measured: '30 hours', from: '2026-07-12T09:00', at: '2026-07-13T15:00' }],
  CB709: [{ instance: 'CASE-2026-001', sop: 'SOP-004', n: 8, title: '批准', record: 'EV-2026-023', expected: 'ceo', actual: 'collab-exec' }, { instance: 'CASE-2026-001', sop: 'SOP-004', n: 8, title: '批准', record: 'EV-2026-023', expected: 'ceo', actual: undefined }],
  CB710: [{ id: 'TPL-006', key: 'weighted_total', problem: 'its weights add up to 90 %, not 100 %' }],
  CB801: [{ kind: 'order', id: 'REL-001', stage: 2, date: '2026-01-20', before: 3, beforeDate: '2026-01-25' }, { kind: 'ahead', id: 'REL-001', stage: 6, date: '2026-05-01', current: 6 }],
  CB802: [{ id: 'REL-001', current: 6, stage: 3, clause: '8.4', role: 'collab-exec' }, { id: 'REL-001', current: 6, stage: 3, clause: '8.4', role: undefined }],
  CB803: [{ id: 'REL-001', stage: 4, by: 'ceo', expected: 'collab-exec', sop: 'SOP-004' }],
  CB804: [{ id: 'REL-001', stage: 4, clause: '8.5', producers: 'SOP-004, TPL-006' }],
  CB805: [{ id: 'REL-001', stage: 6, missing: ['exit'] }, { id: 'REL-002', stage: 5, missing: ['governance', 'plan', 'risks', 'exit'] }],
  CB806: [{ id: 'REL-001', cls: 'A', cadence: 3, since: '2026-02-25', due: '2026-05-25', asOf: '2026-06-01' }],
  CB807: [{ id: 'REL-001', record: 'EV-2026-014', score: 3, threshold: 3.5, rule: 'partner.selection.recommend_score' }],
  CB808: [{ id: 'REL-001', person: 'lin', roles: ['collab-exec'] }, { id: 'REL-001', person: 'lin', roles: [] }],
  CB809: [{ id: 'REL-001', completed: '2026-04-20', due: '2026-05-18', lessons: undefined, limit: '20 working days' }, { id: 'REL-001', completed: '2026-04-20', due: '2026-05-18', lessons: '2026-06-01', limit: '20 working days' }],
  CB810: [{ record: 'EV-2026-109', id: 'REL-002', guess: 'REL-001' }],
  CB901: [{ id: 'NC-2026-001', n: 1, action: '停用旧版汇总模板', owner: 'xu-ming', due: '2026-05-01', asOf: '2026-06-01' }],
  CB902: [{ id: 'NC-2026-001', due: '2026-04-01', asOf: '2026-06-01' }],
  CB903: [{ kind: 'own', id: 'NC-2026-001', by: 'xu-ming' }, { kind: 'unverified', id: 'NC-2026-003', closed: '2026-05-10', result: 'not-effective' }, { kind: 'unverified', id: 'NC-2026-003', closed: '2026-05-10', result: undefined }],
  CB904: [{ id: 'NC-2026-003', clause: '8.5', earlier: 'NC-2026-001', raised: '2026-03-02' }],
  CB905: [{ id: 'NC-2026-003', grade: 'major', raised: '2026-05-04', due: '2026-05-11', asOf: '2026-06-01' }],
  CB911: [{ id: 'SOP-013', obligation: 'access-log-review', title: '访问日志季度审查', relationship: undefined, from: '2026-07-01', to: '2026-09-30', deadline: '2026-10-15', form: 'TPL-017' }, { id: 'SOP-007', obligation: 'performance-review', title: '绩效评审', relationship: 'REL-002', from: '2026-07-01', to: '2026-09-30', deadline: '2026-09-30', form: 'TPL-008' }],
  CB912: [{ id: 'SOP-013', obligation: 'access-log-review', rrule: 'FREQ=QUARTERLY', why: 'it names no FREQ' }],
  CB913: [{ id: 'SOP-012', obligation: 'annual-drill', title: '年度应急演练', relationship: undefined, from: '2026-01-01', to: '2026-12-31', record: 'EV-2026-060', unmet: [{ criterion: 'scenarios >= 2', found: '1' }] }],
  CB914: [{ id: 'SOP-012', obligation: 'annual-drill', from: '2026-01-01', to: '2026-12-31', record: 'EV-2026-060', fields: ['scenarios'] }],
  CB915: [{ id: 'SOP-012', obligation: 'annual-drill', field: 'scenario', form: 'TPL-010', fields: ['scenarios', 'result'] }, { id: 'SOP-012', obligation: 'annual-drill', field: 'scenarios', form: 'SOP-012', fields: undefined }],
  CB916: [{ record: 'EV-2026-020', obligation: 'SOP-001#scoring-reviw', guess: 'SOP-001#scoring-review' }, { record: 'EV-2026-021', obligation: 'POL-009#x', guess: undefined }],
  // Risk register
  CB921: [
    { id: 'RSK-005', score: 20, level: 'high', appetite: 'low', kind: 'none', asOf: '2026-12-01', roles: ['collab-exec'] },
    { id: 'RSK-003', score: 8, level: 'medium', appetite: 'low', kind: 'expired', asOf: '2026-12-01', by: 'lin-xiaowen', date: '2026-03-01', expires: '2026-09-30', roles: ['collab-exec', 'cmo-head'] },
    { id: 'RSK-003', score: 8, level: 'medium', appetite: 'low', kind: 'authority', asOf: '2026-12-01', by: 'xu-ming', date: '2026-03-01', roles: ['collab-exec', 'cmo-head'] },
    { id: 'RSK-005', score: 20, level: 'high', appetite: 'low', kind: 'not-acceptable', asOf: '2026-12-01', roles: ['collab-exec'] },
  ],
  CB922: [{ id: 'RSK-004', score: 9, level: 'medium' }],
  CB923: [{ id: 'RSK-005', score: 20, level: 'high', last: '2026-07-20', cadence: '1 month, risk.review.high', due: '2026-08-20', asOf: '2026-12-01' }],
  CB924: [{ id: 'RSK-002', n: 2, action: '关闭接口文档授权', owner: 'guo-peng', due: '2026-11-01', asOf: '2026-12-01' }],
  CB925: [{ id: 'RSK-004', inherent: '2×2=4', residual: '1×3=3', worse: 'impact' }],
  CB926: [{ kind: 'no-relationship', id: 'RSK-006' }, { kind: 'not-joint', id: 'RSK-005', relationship: 'REL-003' }, { kind: 'missing', relationship: 'REL-001', record: 'EV-2026-026' }],
  CB927: [{ id: 'RSK-003', score: 12, level: 'medium', identified: '2026-02-18', due: '2026-03-11', decided: undefined, asOf: '2026-06-01' }],
  CB928: [{ relationship: 'REL-002', missing: ['disruption', 'leak', 'quality', 'dispute'] }],
  CB929: [{ id: 'RSK-005', score: 20, level: 'high' }],
  // Objectives register.
  CB931: [{ id: 'OBJ-2026-01', indicator: 'on-time-rate', periods: ['2026-Q1'], due: '2026-04-15', asOf: '2026-06-01', summary: undefined }, { id: 'OBJ-2026-03', indicator: 'solution-rate', periods: ['2026-Q1', '2026-Q2'], due: '2026-04-15', asOf: '2026-12-01', summary: '2026-H1' }],
  CB932: [{ id: 'OBJ-2026-01', indicator: 'on-time-rate', period: '2026-H1', record: 'EV-2026-036', stated: '≥85%', rule: 'collab.delivery.on_time_rate', target: '≥90%' }],
  CB933: [{ kind: 'duplicate', id: 'OBJ-2026-01', indicator: 'on-time-rate', period: '2026-Q1', first: 2 }, { kind: 'finer', id: 'OBJ-2026-01', indicator: 'on-time-rate', period: '2026-03', cadence: 'quarterly', asOf: '2026-06-01' }, { kind: 'year', id: 'OBJ-2026-01', indicator: 'on-time-rate', period: '2025-Q4', cadence: 'quarterly', asOf: '2026-06-01' }, { kind: 'open', id: 'OBJ-2026-01', indicator: 'on-time-rate', period: '2026-Q2', cadence: 'quarterly', asOf: '2026-06-01' }],
  CB934: [{ kind: 'form', id: 'OBJ-2026-01', indicator: 'on-time-rate', period: '2026-Q1', record: 'EV-2026-001', producedBy: 'TPL-001', sources: ['POL-001'] }, { kind: 'early', id: 'OBJ-2026-01', indicator: 'on-time-rate', period: '2026-Q1', record: 'EV-2026-004', date: '2026-03-20', end: '2026-03-31' }],
  CB935: [{ kind: 'objective', id: 'OBJ-2026-09', guess: 'OBJ-2026-01' }, { kind: 'indicator', id: 'OBJ-2026-01', indicator: 'on-time', known: ['on-time-rate', 'satisfaction'], guess: 'on-time-rate' }],
  CB936: [{ kind: 'vocabulary', id: 'OBJ-2026-01', indicator: 'grade', rule: 'partner.selection.result' }, { kind: 'no-comparator', id: 'OBJ-2026-01', indicator: 'rate', rule: 'partner.rate' }, { kind: 'unit', id: 'OBJ-2026-01', indicator: 'satisfaction', rule: 'partner.satisfaction.avg_score', unit: '%', ruleUnit: '分' }, { kind: 'duplicate', id: 'OBJ-2026-01', indicator: 'grade' }],
  CB937: [{ id: 'POL-001', n: 9 }, { id: 'POL-001', n: 1 }],
  // Competence register
  CB941: [
    { person: 'zhou-yi', role: 'relationship-manager', date: '2026-12-01', kind: 'relationship-manager', ref: 'REL-001', state: 'never', last: undefined, until: undefined, first: undefined },
    { person: 'he-jing', role: 'internal-auditor', date: '2026-08-31', kind: 'auditor', ref: 'EV-2026-038', state: 'later', last: undefined, until: undefined, first: '2026-09-15' },
    { person: 'he-jing', role: 'internal-auditor', date: '2026-10-09', kind: 'verifier', ref: 'NC-2026-002', state: 'expired', last: '2025-08-20', until: '2026-08-20', first: undefined },
    { person: 'xu-ming', role: 'relationship-manager', date: '2026-12-01', kind: 'relationship-manager', ref: 'REL-002', state: 'not-competent', last: '2026-08-20', until: undefined, first: undefined },
  ],
  CB942: [{ person: 'he-jing', record: 'EV-2026-038', date: '2026-08-31', own: ['department quality (their own)', 'SOP-015 (owned by their department)', 'SOP-012 (quality is R)'] }],
  CB943: [{ id: 'CA-2026-003', person: 'xu-ming', role: 'relationship-manager' }],
  CB944: [{ person: 'qian-yu', role: 'liaison', asOf: '2026-12-01' }],
  CB945: [{ person: 'xu-ming', role: 'relationship-manager', last: '2026-02-01', due: '2026-05-01', asOf: '2026-06-01', result: 'competent-with-training' }],
  CB946: [{ id: 'CA-2026-003', role: 'collab-exec', known: ['internal-auditor', 'relationship-manager'] }, { id: 'CA-2026-003', role: 'ceo', known: [] }],
  CB947: [{ role: 'relationship-manager', rule: 'competence.rm.validity', kind: 'unknown' }, { role: 'liaison', rule: 'partner.contract.ceo_approval', kind: 'not-duration' }],
  CB948: [{ id: 'EV-2026-038', kind: 'dates', from: '2026-08-31', to: '2026-08-04', date: '2026-09-11' }, { id: 'EV-2026-038', kind: 'leads', leads: 2 }, { id: 'EV-2026-037', kind: 'not-audit', recordKind: 'plan' }],
  CB949: [{ person: 'ma-li', record: 'EV-2026-038', roles: ['dept-head'] }, { person: 'ma', record: 'EV-2026-011', roles: [] }],
  CB950: [
    { kind: 'relationship-manager', role: 'relationship-manager', person: 'zhou-yi', date: '2026-02-13', ref: 'REL-001', appointments: [{ person: 'zhou-yi', from: '2026-02-16', record: 'EV-2026-009' }] },
    { kind: 'gate', role: 'collab-exec', person: undefined, date: '2026-02-13', ref: 'REL-001 stage 2', appointments: [{ person: 'song-wei', from: '2026-02-16', record: 'EV-2026-009' }] },
    { kind: 'approval', role: 'collab-exec', person: undefined, date: '2026-01-09', ref: 'POL-003 1.0', appointments: [{ person: 'song-wei', from: '2026-02-16' }, { person: 'ma', from: '2026-03-01' }] },
  ],
  CB951: [{ person: 'zhou-yi', role: 'collab-exec', roles: ['relationship-manager'] }, { person: 'ma', role: 'ceo', roles: [] }],
  CB601: [{ id: 'partner.contract.ceo_aproval', guess: 'partner.contract.ceo_approval' }, { id: '', guess: undefined }],
  CB602: [{ kind: 'unknown', id: 'partner.grade', doc: 'POL-099', guess: 'POL-009' }, { kind: 'uncited', id: 'partner.grade', doc: 'POL-008' }],
  CB603: [{ stated: '1000 万元', id: 'partner.contract.ceo_approval', definedBy: 'POL-003', value: '200 万元', definedAt: 'content/policies/x.mdx:20:8' }, { stated: '1000 万元', id: 'partner.contract.ceo_approval', definedBy: 'POL-003', value: '200 万元', definedAt: undefined }],
  CB604: [{ term: '待改进', id: 'partner.grade', grades: ['A', 'B', 'C', 'D'] }],
  CB605: [{ id: 'meeting.weekly.length', other: 'meeting.length', value: '30 分钟', otherValue: '45 分钟' }],
  CB606: [{ name: 'note', kind: 'text' }, { name: 'box', kind: 'container' }],
};

const PLACE = { file: 'content/x.mdx', line: 1, column: 1 };
const CODES = Object.keys(PROBLEM_CODES) as ProblemCode[];
/** Text that a missing or wrongly typed argument leaves in a message. */
const BROKEN = /undefined|NaN|\[object/;

describe('the check catalogue', () => {
  test('should give every code a message function', () => {
    for (const code of CODES) expect(typeof PROBLEM_CODES[code].message, code).toBe('function');
  });

  test.each(CODES)('should word %s from its arguments, with no hole in the text', (code) => {
    const samples: readonly ProblemArgs<ProblemCode>[] = SAMPLES[code];
    expect(samples.length, code).toBeGreaterThan(0);
    for (const args of samples) {
      const p = problem(code, PLACE, args);
      expect(p.message, code).not.toBe('');
      expect(p.message, code).not.toMatch(BROKEN);
      if (p.hint !== undefined) {
        expect(p.hint, code).not.toBe('');
        expect(p.hint, code).not.toMatch(BROKEN);
      }
    }
  });

  test('should word the note on follow-on errors', () => {
    expect(followOnNote(1)).toBe('(1 more error in other files is caused by this)');
    expect(followOnNote(3)).toBe('(3 more errors in other files are caused by this)');
  });
});

/** `file:line` of each call `problem(code, place, <string or template literal>)` in a TypeScript source text. */
function literalMessages(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'problem') {
      const third = node.arguments[2];
      if (third && (ts.isStringLiteral(third) || ts.isNoSubstitutionTemplateLiteral(third) || ts.isTemplateExpression(third))) {
        found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('wording in one place', () => {
  test('should find a message written at the call site', () => {
    const sample = [
      "problems.push(problem('CB102', locate(item.source, ['id']), `duplicate id \"${item.id}\"`, 'Give this one the next free id.'));",
      "const p = problem('CB404', { file, line: 1, column: 1 }, 'missing');",
      "const q = problem('CB404', { file, line: 1, column: 1 }, { file });",
    ].join('\n');
    expect(literalMessages('sample.ts', sample)).toEqual(['sample.ts:1', 'sample.ts:2']);
  });

  test('should have no call of problem() outside src/model/problem.ts that writes its own message', async () => {
    const files = [
      ...(await readdir('src', { recursive: true })).map((f) => path.join('src', String(f))),
      ...(await readdir('scripts', { recursive: true })).map((f) => path.join('scripts', String(f))),
    ].filter((f) => /\.(ts|mts|mjs|js)$/.test(f) && f !== path.join('src', 'model', 'problem.ts'));
    expect(files.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const file of files) found.push(...literalMessages(file, await readFile(file, 'utf8')));
    expect(found).toEqual([]);
  });
});

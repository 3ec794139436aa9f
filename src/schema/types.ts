// The document types: folder, id prefix and schema of each, in one table.
import { CaseSchema } from './case.ts';
import { PolicySchema } from './policy.ts';
import { RelationshipSchema } from './relationship.ts';
import { SopSchema } from './sop.ts';
import { TemplateSchema } from './template.ts';

export const DOC_TYPES = {
  policy: { folder: 'policies', prefix: 'POL', idPattern: /^POL-\d{3,}$/, example: 'POL-001', schema: PolicySchema },
  sop: { folder: 'sops', prefix: 'SOP', idPattern: /^SOP-\d{3,}$/, example: 'SOP-004', schema: SopSchema },
  template: { folder: 'templates', prefix: 'TPL', idPattern: /^TPL-\d{3,}$/, example: 'TPL-002', schema: TemplateSchema },
  case: { folder: 'cases', prefix: 'CASE', idPattern: /^CASE-\d{4}-\d{3,}$/, example: 'CASE-2026-003', schema: CaseSchema },
  relationship: { folder: 'relationships', prefix: 'REL', idPattern: /^REL-\d{3,}$/, example: 'REL-001', schema: RelationshipSchema },
} as const;
export type DocType = keyof typeof DOC_TYPES;
export const DOC_TYPE_NAMES = Object.keys(DOC_TYPES) as DocType[];

// The content model's schemas: one definition per field, shared by Astro collections and the CLI.
export * from './common.ts';
export * from './limits.ts';
export * from './document.ts';
export * from './policy.ts';
export * from './sop.ts';
export * from './template.ts';
export * from './case.ts';
export * from './relationship.ts';
export * from './finding.ts';
export * from './obligation.ts';
export * from './evidence.ts';
export * from './org.ts';
export * from './standard.ts';
export * from './applicability.ts';
export * from './types.ts';
export * from './glossary.ts';
export * from './rules.ts';
// Risk register
export * from './risk.ts';
export * from './objective.ts';
// Competence register
export * from './competence.ts';

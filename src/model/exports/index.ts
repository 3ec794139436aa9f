// Exports: CSV, XLSX and Markdown renderings of coverage and the registers, and the iCalendar feeds.
export * from './rows.ts';
export * from './csv.ts';
export * from './xlsx.ts';
export * from './markdown.ts';
export * from './ical.ts';
export * from './risks.ts'; // risk register
export * from './objectives.ts';
// Competence register
export * from './competence.ts';

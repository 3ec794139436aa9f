// Coverage exports: CSV, XLSX and Markdown renderings of a coverage report, as strings or bytes.
export * from './rows.ts';
export * from './csv.ts';
export * from './xlsx.ts';
export * from './markdown.ts';

// The model's public surface: load, check, index, cover. Pure functions over plain data.
export * from './corpus.ts';
export * from './problem.ts';
export * from './graph.ts';
export * from './routes.ts';
export * from './dates.ts';
export * from './coverage.ts';
export { runChecks, CHECKS } from './checks/index.ts';
export { formatPath } from './locate.ts';
export * from './states.ts';

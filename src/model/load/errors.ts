// Errors of loading content that stop a run with their message alone (no stack trace).

/** A base ref that does not name a commit: the run cannot start (a usage error, not a content one). */
export class BaseRefError extends Error {
  override name = 'BaseRefError';
}

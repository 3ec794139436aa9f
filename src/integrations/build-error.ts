// A problem with the build's input or settings that a person fixes (an unknown profile, a more restricted
// build in the output folder): printed as one message, without a stack trace, and the build stops.
export class BuildError extends Error {
  override name = 'BuildError';
}

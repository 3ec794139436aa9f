// Runs before every npm script (see package.json), in plain JavaScript so that an old Node can read
// it: on a Node older than the engines floor, stop with one line instead of a stack trace later.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * The floor from package.json's `engines.node` (`>=22.12`), as [major, minor].
 * @param {string | undefined} engines
 * @returns {[number, number]}
 */
export function requiredNode(engines) {
  const match = /^>=\s*(\d+)\.(\d+)/.exec(engines ?? '');
  if (!match) throw new Error(`package.json engines.node "${engines}" is not of the form ">=MAJOR.MINOR"`);
  return [Number(match[1]), Number(match[2])];
}

/**
 * The one-line message for a Node older than `floor`, or undefined when `version` is new enough.
 * @param {string} version e.g. `v20.20.2`
 * @param {readonly [number, number]} floor
 * @returns {string | undefined}
 */
export function nodeVersionProblem(version, floor) {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  if (major > floor[0] || (major === floor[0] && minor >= floor[1])) return undefined;
  const needed = `${floor[0]}.${floor[1]}`;
  return `clausebook needs Node.js ${needed} or newer, found ${version}: install Node 24 LTS (\`nvm install\` or \`fnm use\` read .nvmrc; or https://nodejs.org/en/download) and run the command again.`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const message = nodeVersionProblem(process.version, requiredNode(pkg.engines?.node));
  if (message) {
    console.error(message);
    process.exit(1);
  }
}

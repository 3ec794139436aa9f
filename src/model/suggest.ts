// "Did you mean …?": the closest candidate by edit distance, when one is close enough (the check
// catalogue, src/model/problem-codes.ts, words the question).

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidate nearest to `input`, preferring one that `input` starts with; undefined if none is near. */
export function suggest(input: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  const limit = Math.max(1, Math.floor(input.length / 3));
  for (const candidate of candidates) {
    const distance = editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (distance > limit) continue;
    // A shared prefix breaks ties: `8.55` is nearer to `8.5` than to `8.6`.
    const score = distance * 2 - (input.startsWith(candidate) || candidate.startsWith(input) ? 1 : 0);
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

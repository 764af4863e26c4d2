/**
 * In-memory checks on the candidates an index range produced. A query word matches a row when
 * it is a prefix of one of the row's tokens ("jos" matches "jose", "josefina").
 */

export function matchesWord(tokens: readonly string[], word: string): boolean {
  return tokens.some((t) => t.startsWith(word));
}

/** Every query word is a prefix of some token of the row. */
export function matchesAllWords(tokens: readonly string[], queryWords: readonly string[]): boolean {
  return queryWords.every((w) => matchesWord(tokens, w));
}

/**
 * The smallest of the row's tokens that starts with `prefix`, or undefined. A multi-entry index
 * range `startsWith(prefix)` visits a row once per such token; accepting the row only at this
 * token makes every row appear exactly once, without remembering which rows were seen (which
 * keyset paging across calls could not do).
 */
export function firstTokenWithPrefix(tokens: readonly string[], prefix: string): string | undefined {
  let best: string | undefined;
  for (const t of tokens) {
    if (t.startsWith(prefix) && (best === undefined || t < best)) best = t;
  }
  return best;
}

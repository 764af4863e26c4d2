/**
 * Which query word orders the word matches. Only one word can use the multi-entry index, so the
 * word results are ordered by the row's first token that starts with that word, then by id.
 * The choice must depend on the query alone (never on the data), or a page fetched after the
 * data changed could order rows differently from the page before it and repeat or skip rows.
 * The longest word is usually the most selective; ties go to the alphabetically first.
 */
export function orderingWord(words: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const word of words) {
    if (best === undefined || word.length > best.length || (word.length === best.length && word < best)) best = word;
  }
  return best;
}

/**
 * Ids present in every list (each list may repeat an id: a row sits once per matching token).
 * Starts from the shortest list, so the work is bounded by it.
 */
export function intersectIds(lists: ReadonlyArray<readonly string[]>): string[] {
  if (lists.length === 0) return [];
  const [smallest, ...others] = [...lists].sort((a, b) => a.length - b.length);
  const sets = others.map((l) => new Set(l));
  return [...new Set(smallest)].filter((id) => sets.every((s) => s.has(id)));
}

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

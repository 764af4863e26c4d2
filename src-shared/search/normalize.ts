/**
 * Text normalization shared by the mirror's indexes and the search box: what is written into an
 * index and what a query is compared with must go through the same functions, or "José" typed
 * by a cashier would miss "JOSE" stored from Siigo.
 *
 * Rules: Unicode NFD, combining marks removed (á→a, ñ→n, ü→u), lower case. Dots and apostrophes
 * join (so "S.A.S." → "sas", "1.036.654" → "1036654", "D'Alemán" → "daleman"); any other
 * character that is not a letter or digit separates words.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const JOINERS = /[.'’`´]/g;
const SEPARATORS = /[^\p{L}\p{N}]+/u;

/** Lower case, no accents, joiners removed; separators kept. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(JOINERS, '');
}

/** The words of a text, normalized, in order, duplicates kept. */
export function words(text: string): string[] {
  return foldText(text)
    .split(SEPARATORS)
    .filter((w) => w.length > 0);
}

/**
 * Index tokens of a record: the distinct normalized words of its searchable texts. Distinct and
 * nothing else (no per-prefix tokens): every token is one entry of a multi-entry index, so fewer
 * tokens mean a faster import and a smaller database; prefix search is done on the index range.
 */
export function indexTokens(texts: ReadonlyArray<string | null | undefined>): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const w of words(text)) seen.add(w);
  }
  return [...seen];
}

/**
 * The key of an identifier (identification, product code, barcode): normalized and with every
 * separator removed, so "900.123.456", "900 123 456" and "900123456" are the same key and
 * "ab-12" equals "AB12". Empty when nothing is left.
 */
export function identifierKey(text: string): string {
  return words(text).join('');
}

/**
 * The words a user typed, distinct, in typing order. A word that is a prefix of another typed
 * word adds nothing (every row matching "mariana" matches "mar") and is dropped.
 */
export function queryWords(text: string): string[] {
  const distinct = [...new Set(words(text))];
  return distinct.filter((w) => !distinct.some((other) => other !== w && other.startsWith(w)));
}

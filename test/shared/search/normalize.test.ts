import { describe, expect, it } from 'vitest';
import {
  decodeCursor,
  encodeCursor,
  firstTokenWithPrefix,
  foldText,
  identifierKey,
  indexTokens,
  isAfter,
  matchesAllWords,
  orderingWord,
  queryWords,
  words,
} from '../../../src-shared/search';

describe('search: normalization', () => {
  it('folds case and accents; ñ becomes n', () => {
    expect(foldText('José PÉREZ Muñoz Güell')).toBe('jose perez munoz guell');
    expect(words('JOSÉ  pérez')).toEqual(words('jose perez'));
    // Decomposed input (as some keyboards/IMEs produce) folds the same as composed.
    expect(foldText('Jose\u0301')).toBe('jose');
  });

  it('joins dots and apostrophes, separates on anything else', () => {
    expect(words('Ferretería El Progreso S.A.S.')).toEqual(['ferreteria', 'el', 'progreso', 'sas']);
    expect(words("D'Alemán & Cía. Ltda")).toEqual(['daleman', 'cia', 'ltda']);
    expect(words('Tornillo 6x1/2" (caja x100)')).toEqual(['tornillo', '6x1', '2', 'caja', 'x100']);
    expect(words('  ,;  ')).toEqual([]);
  });

  it('index tokens are distinct normalized words, no prefixes', () => {
    expect(indexTokens(['María José', 'MARÍA Gómez', null, undefined, ''])).toEqual(['maria', 'jose', 'gomez']);
  });

  it('identifier keys ignore dots, spaces, hyphens and case', () => {
    expect(identifierKey('1.036.654.321')).toBe('1036654321');
    expect(identifierKey('900 123 456')).toBe('900123456');
    expect(identifierKey('tor-10')).toBe(identifierKey('TOR10'));
    expect(identifierKey(' - ')).toBe('');
  });

  it('query words drop duplicates and words that are a prefix of another typed word', () => {
    expect(queryWords('mar María maria')).toEqual(['maria']);
    expect(queryWords('jose perez')).toEqual(['jose', 'perez']);
  });
});

describe('search: matching and ranking helpers', () => {
  it('every query word must prefix some token', () => {
    expect(matchesAllWords(['jose', 'perez', 'gomez'], ['per', 'jo'])).toBe(true);
    expect(matchesAllWords(['jose', 'perez'], ['per', 'go'])).toBe(false);
    expect(matchesAllWords(['jose'], [])).toBe(true);
  });

  it('a row is visited at its smallest token with the prefix (one hit per row on a multi-entry range)', () => {
    expect(firstTokenWithPrefix(['mariana', 'maria', 'lopez'], 'mar')).toBe('maria');
    expect(firstTokenWithPrefix(['lopez'], 'mar')).toBeUndefined();
  });

  it('orders word matches by a word chosen from the query alone: the longest, ties alphabetical', () => {
    expect(orderingWord(['de', 'ferreteria', 'la'])).toBe('ferreteria');
    expect(orderingWord(['gomez', 'ana', 'perez'])).toBe('gomez');
    expect(orderingWord([])).toBeUndefined();
  });

  it('cursors round-trip, reject garbage and order by (source, key, primary key)', () => {
    const position = { source: 2, key: 'maria', primaryKey: 'b-1' };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
    for (const bad of ['', 'nope', '[1,2]', '{"a":1}', '["x","k","p"]', null, undefined]) expect(decodeCursor(bad)).toBeUndefined();
    expect(isAfter({ source: 3, key: 'a', primaryKey: 'a' }, position)).toBe(true);
    expect(isAfter({ source: 2, key: 'maria', primaryKey: 'b-2' }, position)).toBe(true);
    expect(isAfter({ source: 2, key: 'mari', primaryKey: 'z' }, position)).toBe(false);
    expect(isAfter(position, position)).toBe(false);
  });
});

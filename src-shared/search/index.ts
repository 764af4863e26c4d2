export { foldText, identifierKey, indexTokens, queryWords, words } from './normalize';
export { firstTokenWithPrefix, matchesAllWords, matchesWord } from './word-match';
export { intersectIds, orderingWord } from './driver-word';
export { decodeCursor, encodeCursor, isAfter, type SearchCursor, type SearchPosition } from './search-cursor';

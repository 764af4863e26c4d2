export { foldText, identifierKey, indexTokens, queryWords, words } from './normalize';
export { firstTokenWithPrefix, matchesAllWords, matchesWord } from './word-match';
export { orderingWord } from './driver-word';
export { decodeCursor, encodeCursor, isAfter, type SearchCursor, type SearchPosition } from './search-cursor';
export { TextIndex, type SearchEntry, type TextSearchOptions, type TextSearchPage } from './text-index';
export { decodeLine, encodeSegment, segmentLines, type SegmentLine } from './search-segment';

import type { SearchEntry } from './text-index';

/**
 * The stored form of search entries: one text per batch of writes, a line per row
 * (`id \t key \t barcode \t active \t tokens joined by spaces \t payload`), or just the id for a
 * row that was deleted. One string clones and parses far faster than an array of small objects.
 * Ids, keys and tokens never contain tabs, newlines or spaces (tokens and keys are normalized
 * words; ids are Siigo's UUIDs or ours); a payload never contains a tab or a newline (callers
 * store JSON, which escapes both). Lines written before payloads existed have five fields.
 */
export type SegmentLine = SearchEntry | { id: string; deleted: true };

export function encodeSegment(lines: readonly SegmentLine[]): string {
  return lines
    .map((line) =>
      'deleted' in line
        ? line.id
        : `${line.id}\t${line.key}\t${line.barcode ?? ''}\t${line.active ? 1 : 0}\t${line.tokens.join(' ')}\t${line.payload ?? ''}`,
    )
    .join('\n');
}

/** The texts of a segment's lines, in order (later lines win over earlier ones for the same id). */
export function segmentLines(data: string): string[] {
  return data === '' ? [] : data.split('\n');
}

/** One line of a segment (see `segmentLines`). */
export function decodeLine(text: string): SegmentLine {
  const fields = text.split('\t');
  const id = fields[0] as string;
  if (fields.length < 5) return { id, deleted: true };
  const tokens = fields[4] as string;
  return {
    id,
    key: fields[1] as string,
    barcode: fields[2] === '' ? null : (fields[2] as string),
    active: fields[3] === '1',
    tokens: tokens === '' ? [] : tokens.split(' '),
    payload: fields[5] ? fields[5] : null,
  };
}

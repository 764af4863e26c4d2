import type { SearchEntry } from './text-index';

/**
 * The stored form of search entries: one text per batch of writes, a line per row
 * (`id \t key \t barcode \t active \t tokens joined by spaces`), or just the id for a row that
 * was deleted. One string clones and parses far faster than an array of small objects.
 * Ids, keys and tokens never contain tabs, newlines or spaces (tokens and keys are normalized
 * words; ids are Siigo's UUIDs or ours).
 */
export type SegmentLine = SearchEntry | { id: string; deleted: true };

export function encodeSegment(lines: readonly SegmentLine[]): string {
  return lines
    .map((line) =>
      'deleted' in line
        ? line.id
        : `${line.id}\t${line.key}\t${line.barcode ?? ''}\t${line.active ? 1 : 0}\t${line.tokens.join(' ')}`,
    )
    .join('\n');
}

/** Calls `visit` for each line, in order (later lines win over earlier ones for the same id). */
export function decodeSegment(data: string, visit: (line: SegmentLine) => void): void {
  if (data === '') return;
  for (const text of data.split('\n')) {
    const fields = text.split('\t');
    const id = fields[0] as string;
    if (fields.length < 5) {
      visit({ id, deleted: true });
      continue;
    }
    const tokens = fields[4] as string;
    visit({
      id,
      key: fields[1] as string,
      barcode: fields[2] === '' ? null : (fields[2] as string),
      active: fields[3] === '1',
      tokens: tokens === '' ? [] : tokens.split(' '),
    });
  }
}

import { orderingWord } from './driver-word';
import { EntryColumns, idHash, uuidWords } from './entry-columns';
import { identifierKey, queryWords } from './normalize';
import { OrdinalTable } from './ordinal-table';
import type { SearchPosition } from './search-cursor';
import { lowerBound } from './sorted-terms';
import { StringKeyedMap } from './string-keyed-map';
import { TermIndex } from './term-index';
import { firstTokenWithPrefix, matchesAllWords } from './word-match';

/** What search needs of one mirrored row (a customer or a product). */
export interface SearchEntry {
  id: string;
  /** The identifier key: a customer's identification, a product's code (`identifierKey` form). */
  key: string;
  /** A product's barcode key, null when it has none (customers: always null). */
  barcode: string | null;
  /** Distinct normalized words of the names (see `indexTokens`). */
  tokens: readonly string[];
  active: boolean;
  /**
   * Text the table keeps in memory with each row, never searched (products: what a sale line
   * takes from the product, so a scan is added without reading the row), null when none.
   */
  payload: string | null;
}

export interface TextSearchOptions {
  limit: number;
  after?: SearchPosition | undefined;
  includeInactive?: boolean | undefined;
  /** Products: an exact barcode ranks right after an exact code, a barcode prefix after a code prefix. */
  barcodes?: boolean | undefined;
}

export interface TextSearchPage {
  ids: string[];
  /** Position of the last id returned when more follow, else null. */
  next: SearchPosition | null;
}

/**
 * When the ordering word's rows outnumber the rarest word's by this factor, the matches are
 * gathered from the rarest word and sorted, instead of walking the ordering word's rows in order.
 */
const RARE_WORD_FACTOR = 4;

/** A row found by a source, at the term it is listed under. */
interface Hit {
  ordinal: number;
  term: string;
}

/** One ranked source: its rows in (term position, ordinal) order, and who belongs to it. */
interface Source {
  rank: number;
  terms: TermIndex;
  /** Term positions [from, to), or `exact`: one term, looked up without the sorted list. */
  range?: [number, number];
  exact?: string;
  has(ordinal: number): boolean;
  /** For multi-valued terms (tokens): the one term a row is listed at (it sits under several). */
  listedAt?(ordinal: number): string | undefined;
  /** Words sources: the term ranges of every typed word, to find the rarest. */
  wordRanges?: Array<[number, number]>;
}

/**
 * The in-memory search index of one mirrored table: every query is answered from memory in
 * well under a millisecond, and the caller reads only the rows of the page it shows.
 *
 * Results are the ranked sources concatenated: exact identifier, (products) exact barcode,
 * identifier prefix, (products) barcode prefix, then rows whose tokens cover every typed word. A row is listed once, by the
 * best source it belongs to. Inside a source rows go in (term, ordinal) order, ordinals being
 * the order rows first reached the index; a position (rank, term, id) lets a page continue
 * strictly after the previous one, so pages never repeat or skip rows.
 *
 * Word results are ordered by the row's first token that starts with the ordering word, which
 * depends on the query only (see `orderingWord`); which word is read to find them is a cost
 * decision and does not change the order.
 */
export class TextIndex {
  private readonly columns = new EntryColumns();
  private readonly ordinals = new OrdinalTable(this.columns);
  private readonly keys = new TermIndex();
  private readonly barcodes = new TermIndex();
  private readonly tokens = new TermIndex();
  /** Every distinct word once, by number: rows keep word numbers, not strings. */
  private readonly words: string[] = [];
  private readonly wordNumbers = new StringKeyedMap<number>();
  private readonly scratch: string[] = [];
  private live = 0;

  get size(): number {
    return this.live;
  }

  /** Adds or replaces the entry with this id. */
  upsert(entry: SearchEntry): void {
    const words = uuidWords(entry.id);
    const hash = idHash(entry.id, words);
    let ordinal = this.ordinals.get(entry.id, words, hash);
    if (ordinal === undefined) {
      ordinal = this.columns.add(entry.id, words);
      this.ordinals.set(ordinal, hash);
    }
    this.unfile(ordinal);
    const numbers = entry.tokens.map((token) => this.wordNumber(token));
    for (const n of numbers) this.tokens.add(this.words[n] as string, ordinal);
    this.columns.write(ordinal, entry, numbers);
    this.live += 1;
    this.keys.add(entry.key, ordinal);
    if (entry.barcode) this.barcodes.add(entry.barcode, ordinal);
  }

  remove(id: string): void {
    const words = uuidWords(id);
    const ordinal = this.ordinals.get(id, words, idHash(id, words));
    if (ordinal !== undefined) this.unfile(ordinal);
  }

  /**
   * Files terms added since the last query into the sorted lists now (a query would do it
   * otherwise). Called after each batch of a large load, so no single step sorts everything.
   */
  settle(): void {
    this.keys.settle();
    this.barcodes.settle();
    this.tokens.settle();
  }

  /**
   * Every live entry in key order (for writing the index back compacted: a load of entries in
   * key order files each key by appending to the sorted list, never by merging).
   */
  *all(): IterableIterator<SearchEntry> {
    for (const key of this.keys.terms()) {
      for (const ordinal of this.keys.list(key)) {
        if (this.columns.live(ordinal)) yield this.entryAt(ordinal);
      }
    }
  }

  /** The live entry with this id. */
  entryOf(id: string): SearchEntry | undefined {
    const words = uuidWords(id);
    const ordinal = this.ordinals.get(id, words, idHash(id, words));
    return ordinal === undefined || !this.columns.live(ordinal) ? undefined : this.entryAt(ordinal);
  }

  /** Ids of the entries whose key is exactly `key`, inactive ones included, in id order. */
  withKey(key: string): string[] {
    return this.idsUnder(this.keys, key);
  }

  /** Ids of the entries whose barcode is exactly `barcode`, inactive ones included, in id order. */
  withBarcode(barcode: string): string[] {
    return this.idsUnder(this.barcodes, barcode);
  }

  /** The first `limit` entries in key order, inactive ones only when asked: a list with no query. */
  firstByKey(limit: number, includeInactive = false): string[] {
    const ids: string[] = [];
    for (const key of this.keys.terms()) {
      for (const ordinal of this.keys.list(key)) {
        if (ids.length >= limit) return ids;
        if (this.columns.live(ordinal) && (includeInactive || this.columns.active(ordinal))) ids.push(this.columns.idOf(ordinal));
      }
    }
    return ids;
  }

  search(text: string, options: TextSearchOptions): TextSearchPage {
    const sources = this.sources(text, options.barcodes === true);
    const want = Math.max(1, options.limit) + 1;
    const after = options.after;
    const found: Array<{ ordinal: number; position: SearchPosition }> = [];
    for (const [i, source] of sources.entries()) {
      if (found.length >= want) break;
      if (after && source.rank < after.source) continue;
      const better = sources.slice(0, i);
      const accept = (ordinal: number) =>
        (options.includeInactive === true || this.columns.active(ordinal)) && !better.some((b) => b.has(ordinal));
      const resume = after && after.source === source.rank ? after : undefined;
      const wanted = want - found.length;
      for (const hit of this.read(source, resume, accept, wanted)) {
        found.push({ ordinal: hit.ordinal, position: { source: source.rank, key: hit.term, primaryKey: this.columns.idOf(hit.ordinal) } });
      }
    }
    const page = found.slice(0, want - 1);
    const last = page.at(-1);
    return { ids: page.map((f) => this.columns.idOf(f.ordinal)), next: found.length >= want && last ? last.position : null };
  }

  private sources(text: string, barcodes: boolean): Source[] {
    const sources: Source[] = [];
    const key = identifierKey(text);
    if (key !== '') {
      const columns = this.columns;
      sources.push({ rank: 0, terms: this.keys, exact: key, has: (o) => columns.key(o) === key });
      if (barcodes) sources.push({ rank: 1, terms: this.barcodes, exact: key, has: (o) => columns.barcode(o) === key });
      sources.push({ rank: barcodes ? 2 : 1, terms: this.keys, range: this.keys.prefixRange(key), has: (o) => columns.key(o).startsWith(key) });
      // The first digits of a barcode read off a label, typed by hand.
      if (barcodes) sources.push({ rank: 3, terms: this.barcodes, range: this.barcodes.prefixRange(key), has: (o) => columns.barcode(o)?.startsWith(key) === true });
    }
    const words = queryWords(text);
    const ordering = orderingWord(words);
    if (ordering !== undefined) {
      sources.push({
        rank: barcodes ? 4 : 2,
        terms: this.tokens,
        range: this.tokens.prefixRange(ordering),
        has: (o) => matchesAllWords(this.wordsOf(o), words),
        listedAt: (o) => firstTokenWithPrefix(this.wordsOf(o), ordering),
        wordRanges: words.map((w) => this.tokens.prefixRange(w)),
      });
    }
    return sources;
  }

  /** Up to `wanted` rows of the source after `resume`, in the source's order. */
  private read(
    source: Source,
    resume: SearchPosition | undefined,
    accept: (ordinal: number) => boolean,
    wanted: number,
  ): Hit[] {
    const rare = this.rarestWordRange(source);
    if (rare) return this.readFromRareWord(source, rare, resume, accept, wanted);
    const out: Hit[] = [];
    for (const term of this.termsOf(source, resume)) {
      if (out.length >= wanted) break;
      const list = source.terms.list(term);
      let start = 0;
      if (resume && term === resume.key) start = this.after(list, resume.primaryKey);
      for (let i = start; i < list.length && out.length < wanted; i += 1) {
        const ordinal = list[i] as number;
        if (!this.columns.live(ordinal) || (source.listedAt && source.listedAt(ordinal) !== term) || !source.has(ordinal) || !accept(ordinal)) continue;
        out.push({ ordinal, term });
      }
    }
    return out;
  }

  /** The source's terms in order, from the resume position's term on. */
  private *termsOf(source: Source, resume: SearchPosition | undefined): IterableIterator<string> {
    if (source.exact !== undefined) {
      if (!resume || resume.key <= source.exact) yield source.exact;
      return;
    }
    const [from, to] = source.range ?? [0, 0];
    yield* source.terms.range(resume ? Math.max(from, source.terms.positionOf(resume.key)) : from, to);
  }

  /** Index in an ascending postings list of the first ordinal after the row `id`. */
  private after(list: readonly number[], id: string): number {
    const ordinal = this.ordinalOf(id);
    if (ordinal === undefined) return 0;
    const at = lowerBound(list, ordinal);
    return list[at] === ordinal ? at + 1 : at;
  }

  /** The typed word with the fewest rows, when reading it beats walking the ordering word. */
  private rarestWordRange(source: Source): [number, number] | undefined {
    if (!source.wordRanges || source.wordRanges.length < 2 || !source.range) return undefined;
    const ordered = this.tokens.size(source.range[0], source.range[1]);
    let best: { range: [number, number]; size: number } | undefined;
    for (const range of source.wordRanges) {
      const size = this.tokens.size(range[0], range[1]);
      if (!best || size < best.size) best = { range, size };
    }
    return best && best.size * RARE_WORD_FACTOR < ordered ? best.range : undefined;
  }

  /** Every match, found through the rarest word, sorted into the source's order. */
  private readFromRareWord(
    source: Source,
    rare: [number, number],
    resume: SearchPosition | undefined,
    accept: (ordinal: number) => boolean,
    wanted: number,
  ): Hit[] {
    const seen = new Set<number>();
    const matches: Hit[] = [];
    const resumeOrdinal = resume ? (this.ordinalOf(resume.primaryKey) ?? -1) : -1;
    for (const word of this.tokens.range(rare[0], rare[1])) {
      for (const ordinal of this.tokens.list(word)) {
        if (seen.has(ordinal)) continue;
        seen.add(ordinal);
        if (!this.columns.live(ordinal) || !source.has(ordinal) || !accept(ordinal)) continue;
        const term = source.listedAt?.(ordinal);
        if (term === undefined) continue;
        if (resume && (term < resume.key || (term === resume.key && ordinal <= resumeOrdinal))) continue;
        matches.push({ ordinal, term });
      }
    }
    matches.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : a.ordinal - b.ordinal));
    return matches.slice(0, wanted);
  }

  /** Id order, as an IndexedDB index lists the rows that share one of its keys. */
  private idsUnder(terms: TermIndex, term: string): string[] {
    return terms
      .list(term)
      .map((ordinal) => this.columns.idOf(ordinal))
      .sort();
  }

  private ordinalOf(id: string): number | undefined {
    const words = uuidWords(id);
    return this.ordinals.get(id, words, idHash(id, words));
  }

  private entryAt(ordinal: number): SearchEntry {
    const c = this.columns;
    return { id: c.idOf(ordinal), key: c.key(ordinal), barcode: c.barcode(ordinal), tokens: [...this.wordsOf(ordinal)], active: c.active(ordinal), payload: c.payload(ordinal) };
  }

  private wordNumber(word: string): number {
    let n = this.wordNumbers.get(word);
    if (n === undefined) {
      n = this.words.length;
      this.words.push(word);
      this.wordNumbers.set(word, n);
    }
    return n;
  }

  /**
   * The row's words, in one array reused for every row a search checks: a search may check
   * thousands of candidates, and an array each would be garbage for the next collection.
   */
  private wordsOf(ordinal: number): readonly string[] {
    const c = this.columns;
    const out = this.scratch;
    out.length = c.tokens(ordinal);
    for (let i = 0; i < out.length; i += 1) out[i] = this.words[c.token(ordinal, i)] as string;
    return out;
  }

  private unfile(ordinal: number): void {
    const c = this.columns;
    if (!c.live(ordinal)) return;
    this.keys.remove(c.key(ordinal), ordinal);
    const barcode = c.barcode(ordinal);
    if (barcode) this.barcodes.remove(barcode, ordinal);
    for (const word of this.wordsOf(ordinal)) this.tokens.remove(word, ordinal);
    c.clear(ordinal);
    this.live -= 1;
  }
}

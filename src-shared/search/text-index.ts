import { orderingWord } from './driver-word';
import { identifierKey, queryWords } from './normalize';
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
  id: string;
}

/** One ranked source: its rows in (term position, ordinal) order, and who belongs to it. */
interface Source {
  rank: number;
  terms: TermIndex;
  /** Term positions [from, to), or `exact`: one term, looked up without the sorted list. */
  range?: [number, number];
  exact?: string;
  has(entry: SearchEntry): boolean;
  /** For multi-valued terms (tokens): the one term a row is listed at (it sits under several). */
  listedAt?(entry: SearchEntry): string | undefined;
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
  private readonly entries: Array<SearchEntry | undefined> = [];
  private readonly ordinals = new StringKeyedMap<number>();
  private readonly keys = new TermIndex();
  private readonly barcodes = new TermIndex();
  private readonly tokens = new TermIndex();
  private live = 0;

  get size(): number {
    return this.live;
  }

  /** Adds or replaces the entry with this id. */
  upsert(entry: SearchEntry): void {
    let ordinal = this.ordinals.get(entry.id);
    if (ordinal === undefined) {
      ordinal = this.entries.length;
      this.ordinals.set(entry.id, ordinal);
      this.entries.push(undefined);
    }
    this.unfile(ordinal);
    // Each word is kept once, as the token index first filed it, however many entries have it.
    const tokens = entry.tokens.map((token) => this.tokens.add(token, ordinal));
    const stored: SearchEntry = { id: entry.id, key: entry.key, barcode: entry.barcode, tokens, active: entry.active, payload: entry.payload };
    this.entries[ordinal] = stored;
    this.live += 1;
    this.keys.add(stored.key, ordinal);
    if (stored.barcode) this.barcodes.add(stored.barcode, ordinal);
  }

  remove(id: string): void {
    const ordinal = this.ordinals.get(id);
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
        const entry = this.entries[ordinal];
        if (entry) yield entry;
      }
    }
  }

  /** The live entry with this id. */
  entryOf(id: string): SearchEntry | undefined {
    const ordinal = this.ordinals.get(id);
    return ordinal === undefined ? undefined : this.entries[ordinal];
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
    for (const entry of this.all()) {
      if (ids.length >= limit) break;
      if (includeInactive || entry.active) ids.push(entry.id);
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
      const accept = (entry: SearchEntry) =>
        (options.includeInactive === true || entry.active) && !better.some((b) => b.has(entry));
      const resume = after && after.source === source.rank ? after : undefined;
      const wanted = want - found.length;
      for (const hit of this.read(source, resume, accept, wanted)) {
        found.push({ ordinal: hit.ordinal, position: { source: source.rank, key: hit.term, primaryKey: hit.id } });
      }
    }
    const page = found.slice(0, want - 1);
    const last = page.at(-1);
    return { ids: page.map((f) => (this.entries[f.ordinal] as SearchEntry).id), next: found.length >= want && last ? last.position : null };
  }

  private sources(text: string, barcodes: boolean): Source[] {
    const sources: Source[] = [];
    const key = identifierKey(text);
    if (key !== '') {
      sources.push({ rank: 0, terms: this.keys, exact: key, has: (e) => e.key === key });
      if (barcodes) sources.push({ rank: 1, terms: this.barcodes, exact: key, has: (e) => e.barcode === key });
      sources.push({ rank: barcodes ? 2 : 1, terms: this.keys, range: this.keys.prefixRange(key), has: (e) => e.key.startsWith(key) });
      // The first digits of a barcode read off a label, typed by hand.
      if (barcodes) sources.push({ rank: 3, terms: this.barcodes, range: this.barcodes.prefixRange(key), has: (e) => e.barcode?.startsWith(key) === true });
    }
    const words = queryWords(text);
    const ordering = orderingWord(words);
    if (ordering !== undefined) {
      sources.push({
        rank: barcodes ? 4 : 2,
        terms: this.tokens,
        range: this.tokens.prefixRange(ordering),
        has: (e) => matchesAllWords(e.tokens, words),
        listedAt: (e) => firstTokenWithPrefix(e.tokens, ordering),
        wordRanges: words.map((w) => this.tokens.prefixRange(w)),
      });
    }
    return sources;
  }

  /** Up to `wanted` rows of the source after `resume`, in the source's order. */
  private read(
    source: Source,
    resume: SearchPosition | undefined,
    accept: (entry: SearchEntry) => boolean,
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
        const entry = this.entries[ordinal];
        if (!entry || (source.listedAt && source.listedAt(entry) !== term) || !source.has(entry) || !accept(entry)) continue;
        out.push({ ordinal, term, id: entry.id });
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
    const ordinal = this.ordinals.get(id);
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
    accept: (entry: SearchEntry) => boolean,
    wanted: number,
  ): Hit[] {
    const seen = new Set<number>();
    const matches: Hit[] = [];
    const resumeOrdinal = resume ? (this.ordinals.get(resume.primaryKey) ?? -1) : -1;
    for (const word of this.tokens.range(rare[0], rare[1])) {
      for (const ordinal of this.tokens.list(word)) {
        if (seen.has(ordinal)) continue;
        seen.add(ordinal);
        const entry = this.entries[ordinal];
        if (!entry || !source.has(entry) || !accept(entry)) continue;
        const term = source.listedAt?.(entry);
        if (term === undefined) continue;
        if (resume && (term < resume.key || (term === resume.key && ordinal <= resumeOrdinal))) continue;
        matches.push({ ordinal, term, id: entry.id });
      }
    }
    matches.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : a.ordinal - b.ordinal));
    return matches.slice(0, wanted);
  }

  /** Id order, as an IndexedDB index lists the rows that share one of its keys. */
  private idsUnder(terms: TermIndex, term: string): string[] {
    return terms
      .list(term)
      .map((ordinal) => (this.entries[ordinal] as SearchEntry).id)
      .sort();
  }

  private unfile(ordinal: number): void {
    const old = this.entries[ordinal];
    if (!old) return;
    this.keys.remove(old.key, ordinal);
    if (old.barcode) this.barcodes.remove(old.barcode, ordinal);
    for (const token of old.tokens) this.tokens.remove(token, ordinal);
    this.entries[ordinal] = undefined;
    this.live -= 1;
  }
}

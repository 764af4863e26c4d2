import type { Sandbox } from '../../src-main/siigo-sandbox';
import { foldText, identifierKey } from '../../src-shared/search';
import type { BenchQuery } from './page/search-bench';
import { seeded } from '../support/prng';

const hasAccent = (text: string) => foldText(text) !== text.toLowerCase();

/**
 * The 1,000-query search mix: identification, code and barcode prefixes of 1–6 characters, and
 * one to three name words (each a prefix of 2+ letters of a real word, as typed so far), half of
 * them with accents as written and half folded. Words are taken from one real record, so
 * multi-word queries have matches, like a cashier typing a name she knows.
 */
export function searchMix(sandbox: Sandbox, count = 1000, seed = 3): BenchQuery[] {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const { customers, products } = sandbox.store;
  const prefix = (text: string) => text.slice(0, 1 + Math.floor(random() * Math.min(6, text.length)));
  const typedWords = (text: string, wanted: number, accented: boolean) => {
    const all = text.split(/\s+/).filter((w) => w.length >= 2);
    const chosen = [...all].sort(() => random() - 0.5).slice(0, wanted);
    return chosen.map((w) => {
      const cut = w.slice(0, Math.max(2, Math.ceil(w.length * (0.5 + random() / 2))));
      return accented ? cut : foldText(cut);
    });
  };
  const queries: BenchQuery[] = [];
  while (queries.length < count) {
    const roll = random();
    if (roll < 0.15) {
      const text = prefix(pick(customers).identification);
      queries.push({ kind: 'customers', text, group: `id-prefix-${text.length}` });
    } else if (roll < 0.3) {
      const text = prefix(pick(products).code);
      queries.push({ kind: 'products', text, group: `code-prefix-${text.length}` });
    } else if (roll < 0.4) {
      const barcode = pick(products).additional_fields?.barcode;
      if (!barcode) continue;
      const text = prefix(barcode);
      queries.push({ kind: 'products', text, group: `barcode-prefix-${text.length}` });
    } else {
      const wanted = roll < 0.6 ? 1 : roll < 0.8 ? 2 : 3;
      const isCustomer = random() < 0.6;
      const name = isCustomer ? pick(customers).name.join(' ') : pick(products).name;
      const accented = random() < 0.5 && hasAccent(name);
      const words = typedWords(name, wanted, accented);
      if (words.length < wanted) continue;
      queries.push({ kind: isCustomer ? 'customers' : 'products', text: words.join(' '), group: `words-${wanted}${accented ? '-accented' : ''}` });
    }
  }
  return queries;
}

/**
 * Whether the app should find anything for an exact look-up, by the seed's own records: an
 * active product with that code or barcode, a customer with that identification at the main
 * branch office (the look-ups' filters). The mix also picks inactive products and customers of
 * other branch offices, and those must come back empty.
 */
export function lookupExpectation(sandbox: Sandbox): (query: BenchQuery) => boolean {
  const customers = new Set(sandbox.store.customers.filter((c) => (c.branch_office ?? 0) === 0).map((c) => identifierKey(c.identification)));
  const products = new Set(
    sandbox.store.products.filter((p) => p.active ?? true).flatMap((p) => [identifierKey(p.code), identifierKey(p.additional_fields?.barcode ?? '')]),
  );
  products.delete('');
  return (query) => (query.kind === 'by-identification' ? customers : products).has(identifierKey(query.text));
}

/** Exact look-ups: a product by its code or its barcode (the scanner), a customer by identification. */
export function lookupMix(sandbox: Sandbox, count = 1000, seed = 5): BenchQuery[] {
  const random = seeded(seed);
  const { customers, products } = sandbox.store;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const queries: BenchQuery[] = [];
  while (queries.length < count) {
    const roll = random();
    if (roll < 1 / 3) queries.push({ kind: 'by-code', text: pick(products).code, group: 'code' });
    else if (roll < 2 / 3) {
      const barcode = pick(products).additional_fields?.barcode;
      if (barcode) queries.push({ kind: 'by-barcode', text: barcode, group: 'barcode' });
    } else queries.push({ kind: 'by-identification', text: pick(customers).identification, group: 'identification' });
  }
  return queries;
}

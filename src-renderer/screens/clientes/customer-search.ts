import { identifierKey, indexTokens, matchesAllWords, queryWords } from '../../../src-shared/search';
import type { MostradorDB } from '../../data/db';
import { searchCustomers } from '../../data/mirror/search';
import { customerItemFromDocument, customerItemFromRow, isLocalCustomer, type CustomerItem } from './customer-item';

export interface CustomerSearchPage {
  items: CustomerItem[];
  /** More mirror rows exist beyond `limit`. */
  more: boolean;
}

/** The same rule as the mirror's search, applied in memory to the few customers queued here. */
function localMatches(item: CustomerItem, text: string): boolean {
  const key = identifierKey(text);
  if (key !== '' && identifierKey(item.identification).startsWith(key)) return true;
  const words = queryWords(text);
  return words.length > 0 && matchesAllWords(indexTokens([item.name, item.commercialName]), words);
}

/** Customers created on this PC not yet mirrored (a sent one is dropped once the mirror has it). */
async function localCustomers(db: MostradorDB): Promise<CustomerItem[]> {
  const documents = (await db.documents.where('kind').equals('customer').toArray()).filter(isLocalCustomer);
  const items: CustomerItem[] = [];
  for (const document of documents) {
    if (document.siigo && (await db.customers.get(document.siigo.id))) continue;
    items.push(customerItemFromDocument(document));
  }
  return items;
}

/**
 * The customer list: queued customers first (few, and the ones a cashier just created), then
 * the mirror's best matches. Without text it browses the mirror. Inactive customers only when
 * asked for. Accents, case, dots in identifications do not matter (shared normalization).
 */
export async function findCustomers(
  db: MostradorDB,
  text: string,
  options: { limit: number; includeInactive: boolean },
): Promise<CustomerSearchPage> {
  const trimmed = text.trim();
  const local = (await localCustomers(db)).filter(
    (item) => (options.includeInactive || item.active) && (trimmed === '' || localMatches(item, trimmed)),
  );
  if (trimmed === '') {
    const rows = await db.customers
      .orderBy('id')
      .filter((row) => options.includeInactive || row.active)
      .limit(options.limit + 1)
      .toArray();
    return { items: [...local, ...rows.slice(0, options.limit).map(customerItemFromRow)], more: rows.length > options.limit };
  }
  const page = await searchCustomers(db, trimmed, { limit: options.limit, includeInactive: options.includeInactive });
  return { items: [...local, ...page.results.map(customerItemFromRow)], more: page.next !== null };
}

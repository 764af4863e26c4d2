import type { BridgeClient } from '../../../src-shared/ipc/client';
import type { Customer, Quotation } from '../../../src-shared/siigo';

const background = { priority: 'background' } as const;

interface CustomerKey {
  identification: string;
  branch_office?: number;
}

/**
 * Customers have no idempotency in Siigo: before (re)creating one whose first attempt may have
 * landed, look it up by identification and branch office, the key Siigo itself enforces.
 */
export async function findCustomer(bridge: BridgeClient, body: CustomerKey): Promise<Customer | null> {
  const page = await bridge.invoke(
    'customers:list',
    { identification: body.identification, branch_office: body.branch_office ?? 0 },
    background,
  );
  return page.results.find((customer) => customer.identification === body.identification) ?? null;
}

interface QuotationBody {
  date: string;
  customer: { identification: string; branch_office?: number };
  items: Array<{ code: string; quantity: number; price: number }>;
  observations?: string;
}

/** The day before `date` (yyyy-MM-dd), as Siigo's date filters take it. */
function dayBefore(date: string): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/**
 * Quotations have no idempotency either: find one of this customer with the same date, lines and
 * observations, created since the day before its date, that no other document of this PC already
 * is (`claimed`: their Siigo ids). Invariant: nothing here depends on this PC's clock, which may be
 * minutes or hours off Siigo's: a window taken from the PC's time of the first attempt missed a
 * quotation that had landed and made a duplicate.
 */
export async function findQuotation(bridge: BridgeClient, body: QuotationBody, claimed: ReadonlySet<string>): Promise<Quotation | null> {
  const candidates: Quotation[] = [];
  for (let page = 1; ; page += 1) {
    const result = await bridge.invoke(
      'quotations:list',
      {
        customer_identification: body.customer.identification,
        customer_branch_office: body.customer.branch_office ?? 0,
        created_start: dayBefore(body.date),
        page,
        page_size: 100,
      },
      background,
    );
    candidates.push(...result.results);
    if (!result.hasNext) break;
  }
  const lines = (items: ReadonlyArray<{ code?: unknown; quantity?: unknown; price?: unknown }>) =>
    JSON.stringify(items.map((item) => [item.code, item.quantity, item.price]));
  const wanted = lines(body.items);
  return (
    candidates.find(
      (quotation) =>
        !claimed.has(quotation.id) &&
        quotation.date === body.date &&
        lines((quotation.items ?? []) as Array<{ code?: unknown; quantity?: unknown; price?: unknown }>) === wanted &&
        (quotation.observations ?? '') === (body.observations ?? ''),
    ) ?? null
  );
}

import { randomBytes } from 'node:crypto';
import { ulid } from '../../../src-shared/ids/ulid';
import type { BridgeClient } from '../../../src-shared/ipc/client';
import type { InvokeChannel } from '../../../src-shared/ipc/channels';
import type { CallMeta } from '../../../src-shared/ipc/contract';
import type { CustomerUpdate } from '../../../src-shared/siigo';
import { DEMO_IDS, type Customer as SandboxCustomer, type Product as SandboxProduct } from '../../../src-main/siigo-sandbox';
import type { MostradorDB } from '../../../src-renderer/data/db';
import { createMirrorSync, type MirrorSync, type MirrorSyncOptions } from '../../../src-renderer/sync/pull/mirror-sync';
import type { Harness } from '../support/harness';

export function mirrorSync(h: Harness, options: Partial<MirrorSyncOptions> = {}): MirrorSync {
  return createMirrorSync({ db: h.db, bridge: h.bridge, ...options });
}

/**
 * A bridge that runs `before` ahead of every call (to change Siigo's data while a pull pages) and
 * `after` once a call has its answer, before handing it over (to reorder answers).
 */
export function interceptBridge(
  inner: BridgeClient,
  before: (channel: InvokeChannel, input: unknown, meta: CallMeta | undefined) => Promise<void> | void,
  after?: (channel: InvokeChannel, input: unknown) => Promise<void> | void,
): BridgeClient {
  return {
    async invoke(channel, input, meta) {
      await before(channel, input, meta);
      const result = await inner.invoke(channel, input, meta);
      await after?.(channel, input);
      return result;
    },
    subscribe: (event, listener) => inner.subscribe(event, listener),
  };
}

/** The PUT body that rewrites a sandbox customer with `changes`. */
export function customerBody(c: SandboxCustomer, changes: Partial<CustomerUpdate> = {}): CustomerUpdate {
  return {
    type: c.type,
    person_type: c.person_type,
    id_type: c.id_type.code,
    identification: c.identification,
    ...(c.check_digit !== undefined ? { check_digit: c.check_digit } : {}),
    name: [...c.name],
    commercial_name: c.commercial_name,
    branch_office: c.branch_office,
    active: c.active,
    address: {
      address: c.address.address,
      city: { country_code: c.address.city.country_code, state_code: c.address.city.state_code, city_code: c.address.city.city_code },
    },
    contacts: c.contacts.length > 0 ? c.contacts.map((k) => ({ first_name: k.first_name, ...(k.last_name ? { last_name: k.last_name } : {}) })) : [{ first_name: 'Contacto' }],
    ...changes,
  };
}

let createdCount = 0;
/** A new person customer through the API (its `last_updated` is null: only created_start finds it). */
export async function createCustomer(bridge: BridgeClient, name: [string, string]): Promise<string> {
  createdCount += 1;
  const created = await bridge.invoke('customers:create', {
    body: {
      person_type: 'Person',
      id_type: '13',
      identification: String(7_700_000_000 + createdCount * 37 + Math.floor(Math.random() * 30)),
      name,
      address: { address: 'Calle 1 # 2-3', city: { country_code: 'Co', state_code: '05', city_code: '05001' } },
      contacts: [{ first_name: name[0] }],
    },
  });
  return created.id;
}

/** Sells one unit of a product through the API: its stock moves, so its `last_updated` moves. */
export async function sellOne(bridge: BridgeClient, customer: SandboxCustomer, product: SandboxProduct): Promise<void> {
  const today = new Date(Date.now() - 5 * 3_600_000).toISOString().slice(0, 10);
  await bridge.invoke('invoices:create', {
    idempotencyKey: ulid(Date.now(), (n) => new Uint8Array(randomBytes(n))),
    body: {
      document: { id: DEMO_IDS.documentTypes.fvPaper },
      date: today,
      customer: { identification: customer.identification, branch_office: customer.branch_office },
      seller: DEMO_IDS.users.main,
      items: [{ code: product.code, quantity: 1, price: 100 }],
      payments: [{ id: DEMO_IDS.paymentTypes.cash, value: 100 }],
    },
  });
}

/** id → last_updated of every record, from the sandbox and from the mirror. */
export async function compareWithSandbox(h: Harness, db: MostradorDB = h.db) {
  const snapshot = (rows: ReadonlyArray<{ id: string; metadata?: { last_updated?: string | null } | null }>) =>
    new Map(rows.map((r) => [r.id, r.metadata?.last_updated ?? null]));
  const mirroredCustomers = (await db.customers.toArray()).map((r) => r.siigo);
  const mirroredProducts = (await db.products.toArray()).map((r) => r.siigo);
  return {
    customers: { sandbox: snapshot(h.sandbox.store.customers), mirror: snapshot(mirroredCustomers) },
    products: { sandbox: snapshot(h.sandbox.store.products), mirror: snapshot(mirroredProducts) },
  };
}

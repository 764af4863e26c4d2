import { z } from 'zod';
import { companySchema, siigoAddressSchema } from '../company';
import { failureSchema } from '../failure';
import { idempotencyKeySchema, partnerIdSchema } from '../headers';
import {
  costCenterSchema,
  creditNoteCreateSchema,
  creditNotePdfSchema,
  creditNoteSchema,
  customerCreateSchema,
  customerSchema,
  customerUpdateSchema,
  documentTypeSchema,
  invoiceCreateSchema,
  invoiceMailRequestSchema,
  invoicePdfSchema,
  invoiceSchema,
  paymentTypeSchema,
  priceListSchema,
  productSchema,
  quotationCreateSchema,
  quotationSchema,
  quotationUpdateSchema,
  stampErrorsSchema,
  taxSchema,
  userSchema,
  voucherCreateSchema,
  voucherSchema,
  warehouseSchema,
} from '../siigo';
import type { EventChannel, InvokeChannel } from './channels';
import { desktopContract, shellCommandSchema } from './desktop';
import { snapshotContract } from '../snapshot/snapshot-channels';
import {
  creditNoteQuerySchema,
  customerQuerySchema,
  invoiceQuerySchema,
  pageSchema,
  productQuerySchema,
  quotationQuerySchema,
  voucherQuerySchema,
} from './queries';

/**
 * The bridge between the window and the main process: every channel with the schema of what the
 * caller sends and of what it gets back. Main parses every input before acting; the renderer's
 * client is generated from this map. Secrets only ever travel towards main (`connection:set`);
 * no output schema has a field that could carry the access key or the token.
 */
export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
}

const none = z.undefined();

/**
 * One line of main's append-only outbox journal: the outbox is the only data that exists nowhere
 * else, so every queued operation and its outcome is also written to a file main owns. So are
 * the cash sessions and movements, which Siigo does not keep either.
 */
export const journalEntrySchema = z.object({
  /** The company the operation belongs to: main files each line in that company's journal. */
  company: z.string().min(1),
  at: z.string(),
  /** An outbox operation's life, or a cash session (as it is now) or cash movement of this PC. */
  event: z.enum(['queued', 'sent', 'discarded', 'cash-session', 'cash-movement']),
  operationId: z.string(),
  documentId: z.string(),
  /**
   * The operation and its document as queued (event 'queued'), the Siigo result (event 'sent'),
   * the session or movement row (cash events; `operationId` is its id, `documentId` the session's).
   */
  data: z.unknown(),
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;
const byId = z.strictObject({ id: z.string().min(1) });

export const connectionModeSchema = z.enum(['demo', 'siigo']);

export const connectionInfoSchema = z.object({
  mode: connectionModeSchema,
  /** The company every Siigo call goes to now; the window works on this company's database. */
  company: companySchema,
  baseUrl: z.string(),
  partnerId: z.string(),
  username: z.string().nullable(),
  hasAccessKey: z.boolean(),
  /** A real company is chosen but its access key is missing (keychain unavailable or forgotten): nothing can be sent. */
  needsAccessKey: z.boolean(),
  /**
   * In demo mode, the real account saved before it was chosen (address and user as saved, and
   * whether its key is kept): reconnecting that very account needs no key typed. Null otherwise.
   */
  savedAccount: z.object({ baseUrl: z.string(), username: z.string(), hasAccessKey: z.boolean() }).nullable(),
});
export type ConnectionInfo = z.infer<typeof connectionInfoSchema>;

export const connectionSettingsSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('demo') }),
  z.strictObject({
    mode: z.literal('siigo'),
    /** https, or http to this computer only (the sandbox, tests): the access key travels there. */
    baseUrl: siigoAddressSchema,
    partnerId: partnerIdSchema,
    username: z.string().trim().min(1, 'API user is required'),
    /** Omitted: keep the key saved for the connection as saved (refused when the address or user changed). */
    accessKey: z.string().min(1).optional(),
  }),
]);
export type ConnectionSettings = z.infer<typeof connectionSettingsSchema>;

export const contract = {
  'app:info': {
    input: none,
    output: z.object({ name: z.string(), version: z.string(), platform: z.string() }),
  },
  'connection:get': { input: none, output: connectionInfoSchema },
  'connection:set': { input: connectionSettingsSchema, output: connectionInfoSchema },
  'connection:test': { input: none, output: z.object({ ok: z.literal(true), mode: connectionModeSchema }) },
  // A cheap authenticated read: is Siigo reachable right now? (navigator.onLine is not enough.)
  'connection:probe': { input: none, output: z.object({ ok: z.literal(true) }) },
  'journal:append': { input: z.strictObject({ entries: z.array(journalEntrySchema).min(1) }), output: z.object({ ok: z.literal(true) }) },
  'journal:read': { input: z.strictObject({ company: z.string().min(1) }), output: z.array(journalEntrySchema) },

  'customers:list': { input: customerQuerySchema, output: pageSchema(customerSchema) },
  'customers:get': { input: byId, output: customerSchema },
  'customers:create': { input: z.strictObject({ body: customerCreateSchema }), output: customerSchema },
  'customers:update': {
    input: z.strictObject({ id: z.string().min(1), body: customerUpdateSchema }),
    output: customerSchema,
  },

  'products:list': { input: productQuerySchema, output: pageSchema(productSchema) },
  'products:get': { input: byId, output: productSchema },

  'invoices:create': {
    input: z.strictObject({ body: invoiceCreateSchema, idempotencyKey: idempotencyKeySchema }),
    output: invoiceSchema,
  },
  'invoices:get': { input: byId, output: invoiceSchema },
  'invoices:list': { input: invoiceQuerySchema, output: pageSchema(invoiceSchema) },
  'invoices:pdf': { input: byId, output: invoicePdfSchema },
  'invoices:send-mail': {
    input: z.strictObject({ id: z.string().min(1), body: invoiceMailRequestSchema }),
    output: z.object({ ok: z.literal(true) }),
  },
  'invoices:stamp-errors': { input: byId, output: stampErrorsSchema },

  'credit-notes:create': {
    input: z.strictObject({ body: creditNoteCreateSchema, idempotencyKey: idempotencyKeySchema }),
    output: creditNoteSchema,
  },
  'credit-notes:get': { input: byId, output: creditNoteSchema },
  'credit-notes:list': { input: creditNoteQuerySchema, output: pageSchema(creditNoteSchema) },
  'credit-notes:pdf': { input: byId, output: creditNotePdfSchema },

  'quotations:create': { input: z.strictObject({ body: quotationCreateSchema }), output: quotationSchema },
  'quotations:get': { input: byId, output: quotationSchema },
  'quotations:list': { input: quotationQuerySchema, output: pageSchema(quotationSchema) },
  'quotations:update': {
    input: z.strictObject({ id: z.string().min(1), body: quotationUpdateSchema }),
    output: quotationSchema,
  },

  'vouchers:create': {
    input: z.strictObject({ body: voucherCreateSchema, idempotencyKey: idempotencyKeySchema }),
    output: voucherSchema,
  },
  'vouchers:get': { input: byId, output: voucherSchema },
  'vouchers:list': { input: voucherQuerySchema, output: pageSchema(voucherSchema) },

  'catalogs:document-types': {
    input: z.strictObject({ type: z.enum(['FV', 'C', 'RC', 'NC']) }),
    output: z.array(documentTypeSchema),
  },
  'catalogs:payment-types': {
    input: z.strictObject({ documentType: z.enum(['FV', 'NC', 'RC']) }),
    output: z.array(paymentTypeSchema),
  },
  'catalogs:taxes': { input: none, output: z.array(taxSchema) },
  'catalogs:users': { input: none, output: z.array(userSchema) },
  'catalogs:warehouses': { input: none, output: z.array(warehouseSchema) },
  'catalogs:price-lists': { input: none, output: z.array(priceListSchema) },
  'catalogs:cost-centers': { input: none, output: z.array(costCenterSchema) },

  ...desktopContract,
  ...snapshotContract,
} as const satisfies Record<InvokeChannel, ChannelSpec>;

export const connectionStatusSchema = z.object({
  state: z.enum(['online', 'offline', 'auth_error', 'rate_limited']),
  mode: connectionModeSchema,
  /** The company connected now: a window working on another one must not take this as its own link. */
  company: z.string(),
  at: z.string(),
});
export type ConnectionStatus = z.infer<typeof connectionStatusSchema>;

/** Events main pushes to the window. */
export const events = {
  'connection:status': connectionStatusSchema,
  'shell:command': shellCommandSchema,
} as const satisfies Record<EventChannel, z.ZodType>;

export type Contract = typeof contract;
export type ChannelInput<K extends InvokeChannel> = z.input<Contract[K]['input']>;
export type ChannelOutput<K extends InvokeChannel> = z.output<Contract[K]['output']>;
export type EventPayload<E extends EventChannel> = z.output<(typeof events)[E]>;

/**
 * Per-call options that travel beside the input. A cashier's look-up is `interactive` (the
 * default); the sync engine's pulls and replays say `background` so they never delay the counter.
 */
export const callMetaSchema = z.strictObject({
  priority: z.enum(['interactive', 'background']).optional(),
  /**
   * The company the window is working on. Main refuses a Siigo call whose company is not the
   * connection's (failure 'wrong_company'): a stale window can never read into or write to
   * another company. Required for writes.
   */
  company: z.string().min(1).optional(),
});
export type CallMeta = z.infer<typeof callMetaSchema>;

/** What actually crosses the wire for an invoke: failures are values, not thrown Errors. */
export const resultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), failure: failureSchema }),
]);
export type BridgeResult = z.infer<typeof resultSchema>;

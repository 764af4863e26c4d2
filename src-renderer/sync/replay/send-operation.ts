import { BridgeError, bridgeTransportFailure, type BridgeClient } from '../../../src-shared/ipc/client';
import type { z } from 'zod';
import type { Failure } from '../../../src-shared/failure';
import {
  creditNoteCreateSchema,
  type Customer,
  customerCreateSchema,
  customerUpdateSchema,
  invoiceCreateSchema,
  quotationCreateSchema,
  quotationUpdateSchema,
  voucherCreateSchema,
} from '../../../src-shared/siigo';
import type { JournalEntry } from '../../../src-shared/ipc/contract';
import { nextStampCheckAt } from '../../../src-shared/outbox/stamp-schedule';
import { actionFor, retryDelayMs, type FailureAction } from '../../../src-shared/outbox/retry-schedule';
import { isIdempotent, TransitionError } from '../../../src-shared/outbox/states';
import type { MostradorDB } from '../../data/db';
import { toCustomerRow } from '../../data/mirror/customer-row';
import { upsertNewer } from '../../data/mirror/upsert';
import type { DocumentRow, OutboxRow } from '../../data/outbox/rows';
import type { Transition } from '../../data/outbox/transitions';
import { findCustomer, findQuotation } from './lookup';
import { prepareBody } from './prepare-body';

export interface SendContext {
  db: MostradorDB;
  /** The company the bridge's connection is for: an operation of any other is never sent through it. */
  company: string;
  bridge: BridgeClient;
  now: () => number;
  today: () => string;
  random: () => number;
  /** Main's journal; never throws (a failed write is retried later, see outbox-sync). */
  journal: (entries: JournalEntry[]) => Promise<void>;
  /** `applyTransition` on `db`, grouped with the other operations in flight (see `groupedTransitions`). */
  transition: Transition;
  /** False once the engine was killed: nothing more may be written (simulates a crash). */
  alive: () => boolean;
}

export type SendOutcome = { result: 'sent' } | { result: 'failed'; action: FailureAction; failure: Failure } | { result: 'abandoned' };

/** What the outbox keeps of a created document; a customer's "name" is its identification. */
interface SiigoResult {
  id: string;
  name: string | null;
  number: number | null;
  prefix: string | null;
  /** A credit note's DIAN code is its CUDE. */
  stamp: { status?: string | null; cufe?: string | null; cude?: string | null } | null;
}

function resultOf(
  raw: { id: string; name?: unknown; number?: number | null; prefix?: string | null; identification?: string; stamp?: SiigoResult['stamp'] },
): SiigoResult {
  return {
    id: raw.id,
    name: typeof raw.name === 'string' ? raw.name : (raw.identification ?? null),
    number: raw.number ?? null,
    prefix: raw.prefix ?? null,
    stamp: raw.stamp ?? null,
  };
}

const background = { priority: 'background' } as const;

/** Anything that is not the bridge's own failure value broke between here and Siigo: unknown outcome. */
function failureOf(error: unknown): Failure {
  if (error instanceof BridgeError) return error.failure;
  return bridgeTransportFailure('the send', error).failure;
}

/** The second guard (main refuses too): an operation of another company is not even attempted. */
function wrongCompany(operation: OutboxRow, company: string): Failure {
  return {
    kind: 'wrong_company',
    message: `Operation ${operation.id} belongs to another company than this connection's (${company}); nothing was sent`,
    retryable: true,
    errors: [],
  };
}

/**
 * The prepared body as the channel takes it, checked with the same schema main checks it with.
 * A body that does not fit is refused here, before anything is sent: a definite refusal.
 */
function checked<T>(schema: z.ZodType<T>, body: Record<string, unknown>): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new BridgeError({
    kind: 'invalid_input',
    message: 'The document does not fit what Siigo accepts; nothing was sent',
    retryable: false,
    errors: parsed.error.issues.map((issue) => ({ Code: 'invalid_input', Message: issue.message, Params: [issue.path.join('.')] })),
  });
}

/**
 * Siigo's answer for a customer goes into the mirror at once, so screens show what Siigo now
 * holds without waiting for the next pull (a newer row already there is kept). Best effort: the
 * customer is in Siigo either way, and the next pull brings it.
 */
async function mirrored(ctx: SendContext, customer: Customer): Promise<Customer> {
  if (!ctx.alive()) return customer;
  await ctx.db.transaction('rw', ctx.db.customers, () => upsertNewer(ctx.db.customers, [toCustomerRow(customer)])).catch(() => undefined);
  return customer;
}

/** The edit's record id, which `prepareBody` resolved before anything is sent. */
function targetOf(targetId: string | null): string {
  if (!targetId) throw new Error('An edit without the id of its record');
  return targetId;
}

/** Creates the document in Siigo, or for an edit replaces its record (`targetId`). */
async function create(ctx: SendContext, operation: OutboxRow, body: Record<string, unknown>, targetId: string | null): Promise<SiigoResult> {
  switch (operation.kind) {
    case 'customerUpdate':
      return resultOf(await mirrored(ctx, await ctx.bridge.invoke('customers:update', { id: targetOf(targetId), body: checked(customerUpdateSchema, body) }, background)));
    case 'quotationUpdate':
      return resultOf(await ctx.bridge.invoke('quotations:update', { id: targetOf(targetId), body: checked(quotationUpdateSchema, body) }, background));
    case 'customer':
      return resultOf(await mirrored(ctx, await ctx.bridge.invoke('customers:create', { body: checked(customerCreateSchema, body) }, background)));
    case 'quotation':
      return resultOf(await ctx.bridge.invoke('quotations:create', { body: checked(quotationCreateSchema, body) }, background));
    case 'invoice':
      return resultOf(await ctx.bridge.invoke('invoices:create', { body: checked(invoiceCreateSchema, body), idempotencyKey: operation.id }, background));
    case 'voucher':
      return resultOf(await ctx.bridge.invoke('vouchers:create', { body: checked(voucherCreateSchema, body), idempotencyKey: operation.id }, background));
    case 'creditNote':
      return resultOf(await ctx.bridge.invoke('credit-notes:create', { body: checked(creditNoteCreateSchema, body), idempotencyKey: operation.id }, background));
  }
}

/** The Siigo ids of this PC's other quotations: a look-up must never adopt one of them. */
async function claimedQuotations(db: MostradorDB, documentId: string): Promise<Set<string>> {
  const quotations = await db.documents.where('kind').equals('quotation').toArray();
  return new Set(quotations.flatMap((doc) => (doc.id !== documentId && doc.siigo ? [doc.siigo.id] : [])));
}

/** For kinds without idempotency: the document if an earlier attempt already created it. */
async function lookUp(ctx: SendContext, operation: OutboxRow, body: Record<string, unknown>): Promise<SiigoResult | null> {
  const found =
    operation.kind === 'customer'
      ? await findCustomer(ctx.bridge, checked(customerCreateSchema, body))
      : operation.kind === 'quotation'
        ? await findQuotation(ctx.bridge, checked(quotationCreateSchema, body), await claimedQuotations(ctx.db, operation.documentId))
        : null;
  return found ? resultOf(found) : null;
}

async function markSent(
  ctx: SendContext,
  operation: OutboxRow,
  document: DocumentRow,
  sentBody: Record<string, unknown>,
  result: SiigoResult,
  detail: string,
): Promise<void> {
  const now = ctx.now();
  const stampRequested = (sentBody['stamp'] as { send?: boolean } | undefined)?.send === true;
  const electronic = (operation.kind === 'invoice' || operation.kind === 'creditNote') && stampRequested && result.stamp != null;
  const siigo = {
    id: result.id,
    name: result.name,
    number: result.number,
    prefix: result.prefix,
  };
  const status = result.stamp?.status ?? 'Draft';
  // Rejected at creation still lacks the DIAN's reasons: the stamp watch fetches them at once.
  const watching = electronic && status !== 'Accepted';
  const firstCheck = status === 'Rejected' ? now : nextStampCheckAt(now, 0);
  await ctx.transition(
    operation.id,
    'sent',
    {
      operation: { sendingSince: null, lastFailure: null, lookupFirst: false },
      document: {
        body: sentBody,
        siigo,
        dian: electronic
          ? { status, cufe: result.stamp?.cufe ?? result.stamp?.cude ?? null, errors: [], checkedAt: new Date(now).toISOString() }
          : document.dian,
      },
      ...(watching && firstCheck !== null
        ? { watch: { documentId: document.id, siigoId: result.id, startedAt: now, nextCheckAt: firstCheck, checks: 0 } }
        : {}),
      event: 'sent',
      detail,
    },
    now,
  );
  await ctx.journal([
    { company: operation.company, at: new Date(now).toISOString(), event: 'sent', operationId: operation.id, documentId: document.id, data: { siigo } },
  ]);
}

/**
 * One attempt at one operation. Invariants: the attempt is recorded as 'sending' before any byte
 * leaves; an operation without idempotency whose earlier attempt may have landed is looked up
 * before it is created again; `already_exists` adopts the existing customer.
 */
export async function sendOperation(ctx: SendContext, operation: OutboxRow, recovering: boolean): Promise<SendOutcome> {
  if (operation.company !== ctx.company) return { result: 'failed', action: 'pause', failure: wrongCompany(operation, ctx.company) };
  const document = await ctx.db.documents.get(operation.documentId);
  if (!document) return { result: 'abandoned' };
  const startedAt = ctx.now();
  const mustLookUp = operation.lookupFirst || (recovering && !isIdempotent(operation.kind));
  let sending: OutboxRow;
  try {
    sending = await ctx.transition(
      operation.id,
      'sending',
      {
        operation: { attempts: operation.attempts + 1, sendingSince: startedAt, firstAttemptAt: operation.firstAttemptAt ?? startedAt },
        event: recovering ? 'resending-after-interruption' : 'sending',
        detail: `Intento ${operation.attempts + 1}${recovering ? ' (reanudado tras un cierre inesperado)' : ''}`,
      },
      startedAt,
    );
  } catch (error) {
    // Settled meanwhile (sent by an overlapping run, discarded by the user): nothing to send.
    if (error instanceof TransitionError) return { result: 'abandoned' };
    throw error;
  }
  let body: Record<string, unknown> = {};
  let landed: { result: SiigoResult; detail: string };
  try {
    // Read again now that it is 'sending': an edit merged into it while queued is what goes.
    const current = (await ctx.db.documents.get(operation.documentId)) ?? document;
    const prepared = await prepareBody(ctx.db, current, ctx.today());
    body = prepared.body;
    const notes = prepared.notes.length > 0 ? ` ${prepared.notes.join('; ')}.` : '';
    const existing = mustLookUp ? await lookUp(ctx, sending, body) : null;
    if (existing) {
      landed = { result: existing, detail: `Ya existía en Siigo (${existing.id}); no se creó de nuevo.${notes}` };
    } else {
      const created = await create(ctx, sending, body, prepared.targetId);
      const verb = prepared.targetId ? 'Actualizado' : 'Creado';
      landed = { result: created, detail: `${verb} en Siigo: ${created.name ?? created.id}.${notes}` };
    }
  } catch (error) {
    const failure = failureOf(error);
    if (!ctx.alive()) return { result: 'failed', action: 'retry', failure };
    if (sending.kind === 'customer' && failure.errors.some((entry) => entry.Code === 'already_exists')) {
      const existing = await lookUp(ctx, sending, body).catch(() => null);
      if (existing) {
        await markSent(ctx, sending, document, body, existing, `Siigo ya tenía este cliente (${existing.id}); se usa el existente.`);
        return { result: 'sent' };
      }
    }
    return recordFailure(ctx, sending, failure, mustLookUp);
  }
  // Siigo holds the document now: whatever happens below, it is never marked as failed.
  if (ctx.alive()) await markSent(ctx, sending, document, body, landed.result, landed.detail);
  return { result: 'sent' };
}

async function recordFailure(ctx: SendContext, sending: OutboxRow, failure: Failure, lookedUp: boolean): Promise<SendOutcome> {
  const action = actionFor(sending.kind, failure);
  const now = ctx.now();
  if (action === 'attention') {
    await ctx.transition(sending.id, 'needs_attention', {
      operation: { sendingSince: null, lastFailure: failure },
      event: 'needs-attention',
      detail: failure.errors.map((entry) => `${entry.Code}: ${entry.Message}`).join('; ') || failure.message,
    }, now);
  } else {
    const delay = action === 'pause' ? 60_000 : action === 'lookup' ? 0 : retryDelayMs(sending.attempts, ctx.random);
    await ctx.transition(sending.id, 'retrying', {
      // Once an attempt without idempotency may have landed, every later attempt looks first.
      operation: {
        sendingSince: null,
        lastFailure: failure,
        nextAttemptAt: now + delay,
        lookupFirst: !isIdempotent(sending.kind) && (lookedUp || action === 'lookup'),
      },
      event: 'retrying',
      detail: `${failure.kind}: ${failure.message}`,
    }, now);
  }
  return { result: 'failed', action, failure };
}

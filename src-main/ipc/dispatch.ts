import type { z } from 'zod';
import type { Failure } from '../../src-shared/failure';
import { isInvokeChannel, type InvokeChannel } from '../../src-shared/ipc/channels';
import {
  callMetaSchema,
  contract,
  type BridgeResult,
  type CallMeta,
  type ChannelOutput,
  type Contract,
} from '../../src-shared/ipc/contract';

/** One async function per channel. Free of Electron types so any transport can mount it. */
export type Handlers = {
  [K in InvokeChannel]: (input: z.output<Contract[K]['input']>, meta: CallMeta) => Promise<ChannelOutput<K>>;
};

export type Dispatch = (channel: unknown, input: unknown, meta?: unknown) => Promise<BridgeResult>;

interface FailureCarrier {
  toFailure(): Failure;
}

function carriesFailure(error: unknown): error is FailureCarrier {
  return typeof error === 'object' && error !== null && typeof (error as FailureCarrier).toFailure === 'function';
}

/** Turns anything thrown by a handler into a Failure. Unknown errors keep no message: it could hold a secret. */
export function failureOf(error: unknown): Failure {
  if (carriesFailure(error)) return error.toFailure();
  return { kind: 'server', message: 'Internal error in the main process', retryable: false, errors: [] };
}

function inputFailure(channel: string, issues: z.core.$ZodIssue[]): Failure {
  const fields = issues.map((issue) => `${issue.path.join('.') || '(input)'}: ${issue.message}`);
  return {
    kind: 'invalid_input',
    message: `Invalid input for ${channel}: ${fields.join('; ')}`,
    retryable: false,
    errors: issues.map((issue) => ({
      Code: 'invalid_input',
      Message: issue.message,
      Params: [issue.path.join('.')],
    })),
  };
}

/**
 * The single entry point of every transport: checks the channel, parses the input with the
 * contract's schema before any handler runs, and returns failures as values.
 */
export function createDispatcher(
  handlers: Handlers,
  observe?: (channel: InvokeChannel, result: BridgeResult) => void,
): Dispatch {
  return async (channel, rawInput, rawMeta) => {
    if (!isInvokeChannel(channel)) {
      return {
        ok: false,
        failure: { kind: 'invalid_input', message: 'Unknown bridge channel', retryable: false, errors: [] },
      };
    }
    const parsed = contract[channel].input.safeParse(rawInput);
    if (!parsed.success) return { ok: false, failure: inputFailure(channel, parsed.error.issues) };
    const meta = callMetaSchema.safeParse(rawMeta ?? {});
    if (!meta.success) return { ok: false, failure: inputFailure(channel, meta.error.issues) };
    let result: BridgeResult;
    try {
      const handler = handlers[channel] as (input: unknown, meta: CallMeta) => Promise<unknown>;
      result = { ok: true, value: await handler(parsed.data, meta.data) };
    } catch (error) {
      result = { ok: false, failure: failureOf(error) };
    }
    observe?.(channel, result);
    return result;
  };
}

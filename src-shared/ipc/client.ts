import type { Failure } from '../failure';
import type { EventChannel, InvokeChannel } from './channels';
import {
  contract,
  events,
  resultSchema,
  type CallMeta,
  type ChannelInput,
  type ChannelOutput,
  type EventPayload,
} from './contract';

/** How a bridge message travels: Electron IPC through the preload, or the local HTTP bridge. */
export interface BridgeTransport {
  invoke(channel: InvokeChannel, input: unknown, meta?: CallMeta): Promise<unknown>;
  /**
   * The same call, its result left as the UTF-8 JSON bytes it travelled as (nothing parsed here):
   * for a caller that hands the answer to a worker, so a first sync's pages never become
   * objects on the window's heap (see sync/pull/full-pull-relay.ts).
   */
  invokeBytes(channel: InvokeChannel, input: unknown, meta?: CallMeta): Promise<Uint8Array>;
  subscribe(event: EventChannel, listener: (payload: unknown) => void): () => void;
}

/**
 * The transport of a window working on one company: every call names it (see `CallMeta.company`),
 * so main refuses it if another company is connected by then.
 */
export function companyTransport(transport: BridgeTransport, company: string): BridgeTransport {
  return {
    invoke: (channel, input, meta) => transport.invoke(channel, input, { ...meta, company }),
    invokeBytes: (channel, input, meta) => transport.invokeBytes(channel, input, { ...meta, company }),
    subscribe: (event, listener) => transport.subscribe(event, listener),
  };
}

/** A failed bridge call. `failure` is what the UI explains to the user. */
export class BridgeError extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
    this.name = 'BridgeError';
  }
}

export interface BridgeClient {
  invoke<K extends InvokeChannel>(channel: K, input: ChannelInput<K>, meta?: CallMeta): Promise<ChannelOutput<K>>;
  subscribe<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/**
 * The bridge itself failed (IPC torn down, main restarted, the preview's server gone): the call
 * may or may not have reached Siigo, so it is an unknown outcome, never a rejection.
 */
export function bridgeTransportFailure(channel: string, error: unknown): BridgeError {
  const reason = error instanceof Error ? error.message : String(error);
  return new BridgeError({
    kind: 'unknown_outcome',
    message: `The bridge to the main process failed during ${channel} (${reason}); whether it reached Siigo is not known`,
    retryable: true,
    errors: [],
  });
}

/**
 * The renderer's typed client, generated from the contract: inputs are typed by channel, outputs
 * are parsed again on arrival so a transport can never hand the UI a shape it did not promise.
 * Every call fails as a `BridgeError`.
 */
export function createBridgeClient(transport: Pick<BridgeTransport, 'invoke' | 'subscribe'>): BridgeClient {
  return {
    async invoke(channel, input, meta) {
      let raw: unknown;
      try {
        raw = await transport.invoke(channel, input, meta);
      } catch (error) {
        throw bridgeTransportFailure(channel, error);
      }
      const result = resultSchema.safeParse(raw);
      if (!result.success) {
        throw new BridgeError({
          kind: 'invalid_response',
          message: `The bridge answered ${channel} with an unexpected shape`,
          retryable: false,
          errors: [],
        });
      }
      if (!result.data.ok) throw new BridgeError(result.data.failure);
      const output = contract[channel].output.safeParse(result.data.value);
      if (!output.success) {
        throw new BridgeError({
          kind: 'invalid_response',
          message: `The bridge answered ${channel} with data that does not fit its contract`,
          retryable: false,
          errors: [],
        });
      }
      return output.data as ChannelOutput<typeof channel>;
    },
    subscribe(event, listener) {
      return transport.subscribe(event, (raw) => {
        const parsed = events[event].safeParse(raw);
        if (parsed.success) listener(parsed.data as EventPayload<typeof event>);
      });
    },
  };
}

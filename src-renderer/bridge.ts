import { createBridgeClient, type BridgeTransport } from '../src-shared/ipc/client';
import type { EventChannel, InvokeChannel } from '../src-shared/ipc/channels';
import type { CallMeta } from '../src-shared/ipc/contract';

declare global {
  interface Window {
    /** Exposed by the preload in the desktop app. */
    mostrador?: BridgeTransport;
  }
}

/**
 * The browser preview's transport: the same contract over HTTP to the Node process that served
 * this page (`/bridge/invoke`), events over Server-Sent Events (`/bridge/events`).
 */
function httpTransport(): BridgeTransport {
  const post = async (channel: InvokeChannel, input: unknown, meta: CallMeta | undefined) => {
    const response = await fetch('/bridge/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel, input, meta }),
    });
    if (!response.ok) throw new Error(`Bridge answered ${response.status}`);
    return response;
  };
  const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;
  const connect = (event: EventChannel) => {
    source ??= new EventSource('/bridge/events');
    source.addEventListener(event, (message) => {
      const payload: unknown = JSON.parse((message as MessageEvent<string>).data);
      for (const listener of listeners.get(event) ?? []) listener(payload);
    });
  };
  return {
    async invoke(channel, input, meta) {
      return (await post(channel, input, meta)).json() as Promise<unknown>;
    },
    async invokeBytes(channel, input, meta) {
      return new Uint8Array(await (await post(channel, input, meta)).arrayBuffer());
    },
    subscribe(event, listener) {
      if (!listeners.has(event)) {
        listeners.set(event, new Set());
        connect(event);
      }
      listeners.get(event)!.add(listener);
      return () => listeners.get(event)?.delete(listener);
    },
  };
}

/** How bridge calls travel here; the first sync's worker relays its calls through it (see sync/pull). */
export const transport: BridgeTransport = window.mostrador ?? httpTransport();

/** The typed bridge to the main process (Siigo client, settings, journal). */
export const bridge = createBridgeClient(transport);

/** True in the browser preview, false in the desktop app. */
export const isBrowserPreview = window.mostrador === undefined;

import { createBridgeClient, type BridgeTransport } from '../src-shared/ipc/client';

declare global {
  interface Window {
    /** Exposed by the preload in the desktop app. */
    mostrador?: BridgeTransport;
  }
}

function transport(): BridgeTransport {
  if (window.mostrador) return window.mostrador;
  throw new Error('Mostrador bridge is not available in this window');
}

/** The typed bridge to the main process (Siigo client, settings). */
export const bridge = createBridgeClient({
  invoke: (channel, input, meta) => transport().invoke(channel, input, meta),
  subscribe: (event, listener) => transport().subscribe(event, listener),
});

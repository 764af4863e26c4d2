import type { InvokeChannel } from '../../src-shared/ipc/channels';
import type { BridgeResult, ConnectionStatus } from '../../src-shared/ipc/contract';
import { desktopContract } from '../../src-shared/ipc/desktop';

/**
 * Channels answered without talking to Siigo: they say nothing about the connection. Every
 * channel of the desktop shell is one (settings, tray, printing, the PIN, diagnostics).
 */
const localChannels: ReadonlySet<string> = new Set([
  ...Object.keys(desktopContract),
  'app:info',
  'connection:get',
  'connection:set',
  'journal:append',
  'journal:read',
]);

/**
 * What a bridge result tells about the link to Siigo, or null when it tells nothing (a local
 * channel, or a rejection, which proves Siigo answered but is not news worth an event).
 */
export function connectionStateOf(channel: InvokeChannel, result: BridgeResult): ConnectionStatus['state'] | null {
  if (localChannels.has(channel)) return null;
  if (result.ok) return 'online';
  switch (result.failure.kind) {
    case 'offline':
    case 'timeout':
      return 'offline';
    case 'auth':
      return 'auth_error';
    case 'rate_limited':
      return 'rate_limited';
    case 'rejected':
    case 'unknown_outcome':
    case 'invalid_response':
      return 'online';
    default:
      return null;
  }
}

/** Reports each change of state once, not every call. */
export function connectionStatusTracker(emit: (state: ConnectionStatus['state']) => void) {
  let last: ConnectionStatus['state'] | null = null;
  return (channel: InvokeChannel, result: BridgeResult): void => {
    const state = connectionStateOf(channel, result);
    if (state === null || state === last) return;
    last = state;
    emit(state);
  };
}

import type { InvokeChannel } from '../../src-shared/ipc/channels';
import type { BridgeResult, ConnectionStatus } from '../../src-shared/ipc/contract';

/** Channels answered without talking to Siigo: they say nothing about the connection. */
const localChannels: ReadonlySet<InvokeChannel> = new Set([
  'app:info',
  'connection:get',
  'connection:set',
  'journal:append',
  'journal:read',
  'settings:get',
  'settings:set',
  'shell:sync-status',
  'shell:dian-changes',
  'shell:needs-attention',
  'shell:open-external',
  'shell:print',
  'shell:save-pdf',
  'shell:printers',
  'admin:status',
  'admin:unlock',
  'admin:verify',
  'admin:lock',
  'admin:set-pin',
  'admin:reset-pin',
  'diagnostics:export',
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

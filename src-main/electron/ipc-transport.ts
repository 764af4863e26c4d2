import { eventChannels, INVOKE_AS_BYTES, invokeChannels, type EventChannel } from '../../src-shared/ipc/channels';
import { events, type BridgeResult } from '../../src-shared/ipc/contract';
import type { Dispatch } from '../ipc/dispatch';
import { isTrustedSender, type InvokeEventLike, type WindowLike } from './trusted-sender';

export { isTrustedSender } from './trusted-sender';

/** Electron's ipcMain as far as the transport uses it (a fake in tests). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, input: unknown, meta: unknown, form?: unknown) => unknown): void;
  removeHandler(channel: string): void;
}

const untrusted: BridgeResult = {
  ok: false,
  failure: { kind: 'invalid_input', message: 'Untrusted sender', retryable: false, errors: [] },
};

/**
 * Mounts the dispatcher on Electron IPC: every call is checked for its sender first, then the
 * dispatcher parses its input against the contract. A call made with `INVOKE_AS_BYTES` gets the
 * same result as UTF-8 JSON (a Uint8Array in the window). Returns a function that pushes contract
 * events.
 */
export function mountIpcTransport(
  ipc: IpcMainLike,
  dispatch: Dispatch,
  window: () => WindowLike | null,
  isAppUrl?: (url: string) => boolean,
) {
  for (const channel of invokeChannels) {
    ipc.handle(channel, async (event, input, meta, form) => {
      const result = isTrustedSender(event, window(), isAppUrl) ? await dispatch(channel, input, meta) : untrusted;
      return form === INVOKE_AS_BYTES ? new TextEncoder().encode(JSON.stringify(result)) : result;
    });
  }
  return {
    /** Pushes an event to the window; a payload that does not fit the contract is dropped. */
    emit(event: EventChannel, payload: unknown) {
      const target = window();
      if (!target || target.isDestroyed() || !eventChannels.includes(event)) return;
      const parsed = events[event].safeParse(payload);
      if (parsed.success) target.webContents.send(event, parsed.data);
    },
    unmount() {
      for (const channel of invokeChannels) ipc.removeHandler(channel);
    },
  };
}
export type IpcTransport = ReturnType<typeof mountIpcTransport>;

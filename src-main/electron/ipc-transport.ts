import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { eventChannels, invokeChannels, type EventChannel } from '../../src-shared/ipc/channels';
import type { Dispatch } from '../ipc/dispatch';

/**
 * Only our own window's top frame may call the bridge: not an iframe, not a page it navigated
 * to (navigation is blocked too, this is the second lock).
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, window: BrowserWindow | null): boolean {
  const frame = event.senderFrame;
  return window !== null && !window.isDestroyed() && frame !== null && frame === window.webContents.mainFrame;
}

/** Mounts the dispatcher on Electron IPC; returns a function that pushes contract events. */
export function mountIpcTransport(dispatch: Dispatch, window: () => BrowserWindow | null) {
  for (const channel of invokeChannels) {
    ipcMain.handle(channel, (event, input: unknown, meta: unknown) => {
      if (!isTrustedSender(event, window())) {
        return {
          ok: false,
          failure: { kind: 'invalid_input', message: 'Untrusted sender', retryable: false, errors: [] },
        };
      }
      return dispatch(channel, input, meta);
    });
  }
  return {
    emit(event: EventChannel, payload: unknown) {
      const target = window();
      if (target && !target.isDestroyed() && eventChannels.includes(event)) target.webContents.send(event, payload);
    },
    unmount() {
      for (const channel of invokeChannels) ipcMain.removeHandler(channel);
    },
  };
}

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { INVOKE_AS_BYTES, isEventChannel, isInvokeChannel } from '../src-shared/ipc/channels';

/**
 * The whole surface the window gets: `invoke` (and `invokeBytes`, the same result as JSON bytes)
 * for the contract's channels and `subscribe` for its events. Nothing else of Electron or Node
 * crosses; main parses every input again.
 */
contextBridge.exposeInMainWorld('mostrador', {
  invoke(channel: unknown, input: unknown, meta: unknown): Promise<unknown> {
    if (!isInvokeChannel(channel)) return Promise.reject(new Error('Unknown bridge channel'));
    return ipcRenderer.invoke(channel, input, meta);
  },
  invokeBytes(channel: unknown, input: unknown, meta: unknown): Promise<Uint8Array> {
    if (!isInvokeChannel(channel)) return Promise.reject(new Error('Unknown bridge channel'));
    return ipcRenderer.invoke(channel, input, meta, INVOKE_AS_BYTES) as Promise<Uint8Array>;
  },
  subscribe(event: unknown, listener: (payload: unknown) => void): () => void {
    if (!isEventChannel(event) || typeof listener !== 'function') throw new Error('Unknown bridge event');
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
});

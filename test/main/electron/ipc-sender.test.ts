import { describe, expect, it } from 'vitest';
import { INVOKE_AS_BYTES, invokeChannels } from '../../../src-shared/ipc/channels';
import type { BridgeResult } from '../../../src-shared/ipc/contract';
import { mountIpcTransport, type IpcMainLike } from '../../../src-main/electron/ipc-transport';
import { isTrustedSender, type FrameLike, type InvokeEventLike, type WindowLike } from '../../../src-main/electron/trusted-sender';
import type { Dispatch } from '../../../src-main/ipc/dispatch';

const appUrl = 'file:///opt/mostrador/resources/app.asar/out/renderer/index.html';
const isApp = (url: string) => url === appUrl;

function fakeWindow(mainFrame: FrameLike = { url: appUrl }) {
  const sent: Array<[string, unknown]> = [];
  let destroyed = false;
  const window: WindowLike & { destroy(): void; sent: typeof sent } = {
    isDestroyed: () => destroyed,
    webContents: { mainFrame, send: (channel, payload) => sent.push([channel, payload]) },
    destroy: () => (destroyed = true),
    sent,
  };
  return window;
}

function fakeIpc() {
  const handlers = new Map<string, (event: InvokeEventLike, input: unknown, meta: unknown, form?: unknown) => unknown>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => handlers.set(channel, listener),
    removeHandler: (channel) => handlers.delete(channel),
  };
  return { ipc, handlers };
}

describe('IPC sender validation', () => {
  it('trusts only the main frame of our live window showing our page', () => {
    const window = fakeWindow();
    expect(isTrustedSender({ senderFrame: window.webContents.mainFrame }, window, isApp)).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: appUrl } }, window, isApp)).toBe(false); // an iframe, same URL
    expect(isTrustedSender({ senderFrame: null }, window, isApp)).toBe(false);
    expect(isTrustedSender({ senderFrame: window.webContents.mainFrame }, null, isApp)).toBe(false);
    const elsewhere = fakeWindow({ url: 'https://evil.example/' });
    expect(isTrustedSender({ senderFrame: elsewhere.webContents.mainFrame }, elsewhere, isApp)).toBe(false);
    window.destroy();
    expect(isTrustedSender({ senderFrame: window.webContents.mainFrame }, window, isApp)).toBe(false);
  });

  it('mounts every contract channel and refuses untrusted senders before the dispatcher runs', async () => {
    const { ipc, handlers } = fakeIpc();
    let window: ReturnType<typeof fakeWindow> | null = fakeWindow();
    const calls: unknown[] = [];
    const dispatch: Dispatch = async (channel, input) => {
      calls.push([channel, input]);
      return { ok: true, value: 'answered' };
    };
    const transport = mountIpcTransport(ipc, dispatch, () => window, isApp);
    expect([...handlers.keys()].sort()).toEqual([...invokeChannels].sort());
    const handler = handlers.get('connection:get')!;

    const trusted = (await handler({ senderFrame: window.webContents.mainFrame }, undefined, undefined)) as BridgeResult;
    expect(trusted).toEqual({ ok: true, value: 'answered' });

    const iframe = (await handler({ senderFrame: { url: appUrl } }, undefined, undefined)) as BridgeResult;
    expect(iframe.ok).toBe(false);
    const frame = window.webContents.mainFrame;
    window.destroy();
    const destroyed = (await handler({ senderFrame: frame }, undefined, undefined)) as BridgeResult;
    expect(destroyed).toMatchObject({ ok: false, failure: { kind: 'invalid_input', message: 'Untrusted sender' } });
    expect(calls).toHaveLength(1);

    // Asked for bytes (a first sync's pages, handed to a worker): the same answers, as UTF-8 JSON.
    const asJson = async (answer: unknown) => {
      expect(answer).toBeInstanceOf(Uint8Array);
      return JSON.parse(new TextDecoder().decode(answer as Uint8Array)) as unknown;
    };
    window = fakeWindow();
    await expect(asJson(await handler({ senderFrame: window.webContents.mainFrame }, undefined, undefined, INVOKE_AS_BYTES))).resolves.toEqual({ ok: true, value: 'answered' });
    await expect(asJson(await handler({ senderFrame: { url: appUrl } }, undefined, undefined, INVOKE_AS_BYTES))).resolves.toMatchObject({ ok: false, failure: { message: 'Untrusted sender' } });
    expect(calls).toHaveLength(2);

    window = null;
    transport.emit('shell:command', { command: 'sync-now' });
    transport.unmount();
    expect(handlers.size).toBe(0);
  });

  it('pushes only contract events to a live window', () => {
    const { ipc } = fakeIpc();
    const window = fakeWindow();
    const transport = mountIpcTransport(ipc, async () => ({ ok: true, value: null }), () => window);
    transport.emit('shell:command', { command: 'open-document', documentId: 'doc-1' });
    transport.emit('nope' as 'shell:command', {});
    transport.emit('shell:command', { command: 'format-disk' });
    expect(window.sent).toEqual([['shell:command', { command: 'open-document', documentId: 'doc-1' }]]);
  });
});

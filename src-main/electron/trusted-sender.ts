/** The parts of Electron's window and IPC event the sender check reads (structural, for tests). */
export interface FrameLike {
  readonly url?: string;
}
export interface WindowLike {
  isDestroyed(): boolean;
  readonly webContents: { readonly mainFrame: FrameLike; send(channel: string, payload: unknown): void };
}
export interface InvokeEventLike {
  readonly senderFrame: FrameLike | null;
}

/**
 * Only our own window's top frame may call the bridge: not an iframe, not a page it navigated
 * to (navigation is blocked too, this is the second lock), not a window already destroyed.
 * With `isAppUrl`, the frame must also still show one of our pages.
 */
export function isTrustedSender(event: InvokeEventLike, window: WindowLike | null, isAppUrl?: (url: string) => boolean): boolean {
  if (window === null || window.isDestroyed()) return false;
  const frame = event.senderFrame;
  if (frame === null || frame !== window.webContents.mainFrame) return false;
  return isAppUrl === undefined || (typeof frame.url === 'string' && isAppUrl(frame.url));
}

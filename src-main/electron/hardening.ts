import { app, shell, type Session, type WebContents } from 'electron';
import { isAllowedExternalUrl } from '../desktop/external-links';
import { cspResponseHeaders } from './content-security-policy';
import { decideNavigation, isAllowedRequest, type AppOrigin } from './navigation-policy';

/**
 * The session the window runs in: our CSP on our own pages as a response header (the meta tag
 * in index.html is the second copy; the dev server's pages get the development policy, see
 * `content-security-policy.ts`), no request to anything but our own pages (the window never
 * talks to the network; main does), and every permission (camera, notifications, geolocation…) denied.
 */
export function hardenSession(session: Session, origin: AppOrigin): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const responseHeaders = cspResponseHeaders(details.url, details.responseHeaders, origin);
    callback(responseHeaders ? { responseHeaders } : {});
  });
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, origin) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

const openIfAllowed = (url: string) => {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
};

/** Navigation and new windows blocked in every web contents; allow-listed links open in the browser. */
export function guardContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url);
    return { action: 'deny' };
  });
  const onNavigate = (event: { preventDefault(): void }, url: string) => {
    const decision = decideNavigation(url, contents.getURL());
    if (decision.allow) return;
    event.preventDefault();
    if (decision.openExternally) void shell.openExternal(url);
  };
  contents.on('will-navigate', onNavigate);
  contents.on('will-redirect', onNavigate);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Applies `guardContents` to every web contents the app ever creates, ours or not. */
export function guardAllContents(): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
}

/**
 * The Host check of a server that listens on loopback only. A web page cannot connect to
 * 127.0.0.1 under its own name, but DNS rebinding lets it: its name is re-pointed at 127.0.0.1
 * and the browser then sends requests here with `Host: evil.example`. Refusing every name but
 * this computer's own closes that door. Any port is accepted: the name is what rebinding forges,
 * and a forwarding proxy in the tests may name its own port.
 */
const LOOPBACK_HOST = /^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d{1,5})?$/i;

/** True for `127.0.0.1`, `localhost` or `[::1]`, each with an optional port; false when absent. */
export function isLoopbackHost(host: string | undefined): boolean {
  return host !== undefined && LOOPBACK_HOST.test(host);
}

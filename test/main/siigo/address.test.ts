import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Sandbox } from '../../../src-main/siigo-sandbox';
import { createSiigoClient, normalizeBaseUrl, RateLimiterRegistry } from '../../../src-main/siigo';
import { SIIGO_ADDRESS_NOT_HTTPS } from '../../../src-shared/company';
import { clientFor, partnerId, rejectionOf, sandbox } from './support';

/** A client whose credentials are a spy: reading them is the first step of sending them. */
function clientAt(baseUrl: string) {
  const credentials = vi.fn(async () => ({ username: 'caja@tienda.co', accessKey: 'clave-que-no-debe-viajar' }));
  const client = createSiigoClient({ baseUrl, partnerId, credentials, rateLimiters: new RateLimiterRegistry(), retry: { maxAttempts: 1 } });
  return { client, credentials };
}

describe('the Siigo client sends credentials only over https or to this computer', () => {
  let sb: Sandbox | undefined;
  let server: Server | undefined;
  afterEach(async () => {
    await sb?.close();
    sb = undefined;
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  it('refuses a plain http address of another computer before reading the key', async () => {
    for (const baseUrl of ['http://api.siigo.com', 'http://192.168.1.20:8080', 'http://127.0.0.2:9', 'http://localhost.tienda.co']) {
      const { client, credentials } = clientAt(baseUrl);
      const error = await rejectionOf(client.testConnection());
      expect(error.kind, baseUrl).toBe('invalid_input');
      expect(error.message).toMatch(/must use https/);
      expect(error.errors).toEqual([{ Code: 'invalid_url', Message: SIIGO_ADDRESS_NOT_HTTPS }]);
      await expect(client.customers.list({ page_size: 1 })).rejects.toMatchObject({ kind: 'invalid_input' });
      expect(credentials).not.toHaveBeenCalled();
      client.close();
    }
  });

  it('refuses an address the keychain account and Node would read as two servers', async () => {
    // Node's URL sends this to evil.example; a reading that took "evil.example\" for a user
    // would file the key under api.siigo.com.
    for (const baseUrl of ['https://evil.example\\@api.siigo.com', 'https://caja@api.siigo.com', 'https://api.siigo.com /x']) {
      const { client, credentials } = clientAt(baseUrl);
      const error = await rejectionOf(client.testConnection());
      expect(error.kind, baseUrl).toBe('invalid_input');
      expect(credentials).not.toHaveBeenCalled();
      client.close();
    }
  });

  // 127.0.0.2 is this computer on Linux, but not an address the rule accepts: a real server
  // listening there proves the refusal happens before any byte leaves the client.
  it.skipIf(process.platform !== 'linux')('sends nothing at all to a refused address, not even the login', async () => {
    let hits = 0;
    server = createServer((req, res) => {
      hits++;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"access_token":"t","expires_in":86400}');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.2', resolve));
    const { client, credentials } = clientAt(`http://127.0.0.2:${(server.address() as AddressInfo).port}`);
    await expect(client.testConnection()).rejects.toMatchObject({ kind: 'invalid_input' });
    expect(hits).toBe(0);
    expect(credentials).not.toHaveBeenCalled();
    client.close();
  });

  it('accepts plain http to 127.0.0.1, localhost and [::1] on any port, and https anywhere', async () => {
    expect(normalizeBaseUrl('http://127.0.0.1:41234/')).toBe('http://127.0.0.1:41234');
    expect(normalizeBaseUrl('http://localhost:8080/siigo/')).toBe('http://localhost:8080/siigo');
    expect(normalizeBaseUrl('http://[::1]')).toBe('http://[::1]');
    expect(normalizeBaseUrl('https://api.siigo.com/')).toBe('https://api.siigo.com');
    sb = await sandbox();
    const { client } = clientFor(sb);
    await expect(client.testConnection()).resolves.toEqual({ ok: true });
    client.close();
  });
});

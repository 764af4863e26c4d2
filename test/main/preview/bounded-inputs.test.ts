import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsp } from '../../../src-main/electron/content-security-policy';
import { MAX_BRIDGE_BODY_BYTES } from '../../../src-main/preview/bridge-http';
import { declareBody, rawRequest, streamBody, type RawAnswer } from '../../siigo-sandbox/raw-http';
import { bridgeHeaders, openPreview, PAGE } from './support';

let url: string;
let close: () => Promise<void>;
beforeAll(async () => {
  const opened = await openPreview();
  url = opened.preview.url;
  close = opened.close;
});
afterAll(async () => {
  await close();
});

const invoke = (body: string) => rawRequest(url, { path: '/bridge/invoke', headers: bridgeHeaders(url), body });

/** A refusal: the status and a short JSON body naming the error. */
function expectRefusal(answer: RawAnswer, status: number, error: string): void {
  expect({ status: answer.status, type: answer.headers['content-type'] }).toEqual({ status, type: 'application/json; charset=utf-8' });
  const body = JSON.parse(answer.text) as { error: string; message: string };
  expect(body.error).toBe(error);
  expect(body.message).toEqual(expect.any(String));
}

function expectNotFramable(answer: RawAnswer): void {
  expect(answer.headers['x-frame-options']).toBe('DENY');
  const policy = parseCsp(String(answer.headers['content-security-policy']));
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  // The page's own policy (index.html's meta tag) is kept, not replaced by frame-ancestors alone.
  expect(policy.get('script-src')).toEqual(["'self'"]);
}

describe('preview: no other site can frame it', () => {
  it('sends frame-ancestors none and X-Frame-Options DENY with a page, a bridge call and a refusal', async () => {
    const page = await rawRequest(url, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.text).toBe(PAGE);
    expectNotFramable(page);

    const call = await invoke(JSON.stringify({ channel: 'app:info' }));
    expect(call.status).toBe(200);
    expect(JSON.parse(call.text)).toMatchObject({ ok: true });
    expectNotFramable(call);

    expectNotFramable(await rawRequest(url, { path: '/bridge/invoke', headers: { origin: 'https://evil.example' }, body: '{}' }));
  });
});

describe('preview: bad requests get 400, not 500', () => {
  it('refuses malformed JSON and messages that are not objects', async () => {
    expectRefusal(await invoke('{"channel": '), 400, 'invalid_json');
    for (const body of ['null', '[]', '42', '"app:info"', 'true']) {
      expectRefusal(await invoke(body), 400, 'invalid_message');
    }
  });

  it('refuses a malformed % escape in the path', async () => {
    for (const path of ['/%E0%A4%A', '/%', '/assets/%zz.js']) {
      expectRefusal(await rawRequest(url, { path }), 400, 'invalid_path');
    }
  });
});

describe('preview: only loopback Host names are answered', () => {
  it('refuses a rebound or foreign name with 421, and answers 127.0.0.1 and localhost', async () => {
    const port = new URL(url).port;
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1.nip.io:${port}`]) {
      const page = await rawRequest(url, { path: '/', headers: { host } });
      expectRefusal(page, 421, 'misdirected_request');
      expectNotFramable(page);
      expectRefusal(await rawRequest(url, { path: '/bridge/invoke', headers: { ...bridgeHeaders(`http://${host}`), host }, body: '{}' }), 421, 'misdirected_request');
    }
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      expect((await rawRequest(url, { path: '/', headers: { host } })).status, host).toBe(200);
    }
  });
});

describe('preview: bridge bodies are bounded', () => {
  it('answers 413 before a streamed body over the limit is all sent', async () => {
    const total = 8 * MAX_BRIDGE_BODY_BYTES;
    const answer = await streamBody(url, { path: '/bridge/invoke', headers: bridgeHeaders(url) }, total);
    expectRefusal(answer, 413, 'payload_too_large');
    expect(answer.headers.connection).toBe('close');
    expect(answer.sent).toBeLessThan(total / 2);
  });

  it('answers 413 to a Content-Length over the limit without waiting for the body', async () => {
    expectRefusal(await declareBody(url, { path: '/bridge/invoke', headers: bridgeHeaders(url) }, MAX_BRIDGE_BODY_BYTES + 1), 413, 'payload_too_large');
    expectRefusal(await declareBody(url, { path: '/', headers: {} }, 50 * 1024 * 1024), 413, 'payload_too_large');
  });
});

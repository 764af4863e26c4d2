import { readFileSync } from 'node:fs';
import viteReact from '@vitejs/plugin-react';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicyFor,
  cspResponseHeaders,
  DEV_CONTENT_SECURITY_POLICY,
  DEV_META_CONTENT_SECURITY_POLICY,
  devInlineScriptHashes,
  headerOnlyDirectives,
  inlineScriptHash,
  META_CONTENT_SECURITY_POLICY,
  parseCsp,
  withCspHeader,
} from '../../../src-main/electron/content-security-policy';
import type { AppOrigin } from '../../../src-main/electron/navigation-policy';

const indexHtml = readFileSync(new URL('../../../src-renderer/index.html', import.meta.url), 'utf8');

function metaPolicy(html: string): string {
  const tag = /<meta\s+[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(html)?.[0];
  const content = tag ? /content=(["'])(.*?)\1/is.exec(tag)?.[2] : undefined;
  if (!content) throw new Error('index.html has no CSP meta tag');
  return content;
}

const isRemote = (source: string) => /^(https?:|wss?:|\*|[a-z0-9.-]+\.[a-z]{2,})/i.test(source) || source === 'http:' || source === 'https:';

describe('Content-Security-Policy', () => {
  const policy = parseCsp(CONTENT_SECURITY_POLICY);

  it('allows no eval, no plugins, no inline or remote script', () => {
    const scripts = policy.get('script-src') ?? policy.get('default-src') ?? [];
    expect(scripts).toEqual(["'self'"]);
    for (const sources of policy.values()) {
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources).not.toContain("'wasm-unsafe-eval'");
    }
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('names no remote origin in any directive', () => {
    for (const [directive, sources] of policy) {
      expect(sources.filter(isRemote), directive).toEqual([]);
    }
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it("is the same policy as index.html's meta tag (which cannot carry header-only directives)", () => {
    const meta = parseCsp(metaPolicy(indexHtml));
    expect(Object.fromEntries(meta)).toEqual(Object.fromEntries(parseCsp(META_CONTENT_SECURITY_POLICY)));
    const headerWithoutHeaderOnly = [...policy].filter(([name]) => !headerOnlyDirectives.has(name));
    expect(Object.fromEntries(meta)).toEqual(Object.fromEntries(headerWithoutHeaderOnly));
  });

  it('replaces whatever policy a response had with ours', () => {
    const headers = withCspHeader({ 'content-security-policy': ["default-src *"], 'Content-Type': 'text/html' });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

describe('the development policy (npm start)', () => {
  const strict = parseCsp(CONTENT_SECURITY_POLICY);
  const dev = parseCsp(DEV_CONTENT_SECURITY_POLICY);

  it("is the production policy plus plugin-react's preamble, by hash, in script-src", () => {
    expect([...dev.keys()]).toEqual([...strict.keys()]);
    for (const [directive, sources] of strict) {
      if (directive !== 'script-src') expect(dev.get(directive), directive).toEqual(sources);
    }
    expect(dev.get('script-src')).toEqual([...(strict.get('script-src') ?? []), ...devInlineScriptHashes]);
    for (const sources of dev.values()) {
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources.filter(isRemote)).toEqual([]);
    }
    expect(dev.get('script-src')).not.toContain("'unsafe-inline'");
    const meta = [...dev].filter(([name]) => !headerOnlyDirectives.has(name));
    expect(Object.fromEntries(parseCsp(DEV_META_CONTENT_SECURITY_POLICY))).toEqual(Object.fromEntries(meta));
  });

  it("names the hash of the installed plugin-react's preamble (update devInlineScriptHashes when it changes)", () => {
    // What plugin-react's dev server puts in index.html: its preamble with Vite's base, '/' in development.
    const preamble = viteReact.preambleCode.replace('__BASE__', '/');
    expect(devInlineScriptHashes).toEqual([inlineScriptHash(preamble)]);
  });
});

describe("the policy main puts on each response (hardening.ts's onHeadersReceived)", () => {
  const rendererDir = '/opt/Mostrador/resources/app.asar/out/renderer';
  const packaged: AppOrigin = { rendererDir };
  const unpackaged: AppOrigin = { rendererDir: '/work/out/renderer', devServerUrl: 'http://localhost:5173' };
  const page = `file://${rendererDir}/index.html`;

  it('gives our bundled files the production policy, packaged or not', () => {
    expect(contentSecurityPolicyFor(page, packaged)).toBe(CONTENT_SECURITY_POLICY);
    expect(contentSecurityPolicyFor(`file://${rendererDir}/assets/full-pull-worker-abc.js`, packaged)).toBe(CONTENT_SECURITY_POLICY);
    expect(contentSecurityPolicyFor('file:///work/out/renderer/index.html', unpackaged)).toBe(CONTENT_SECURITY_POLICY);
  });

  it('gives the development policy to the dev server only, and only when main names one', () => {
    expect(contentSecurityPolicyFor('http://localhost:5173/', unpackaged)).toBe(DEV_CONTENT_SECURITY_POLICY);
    expect(contentSecurityPolicyFor('http://localhost:5173/src/main.tsx?t=1', unpackaged)).toBe(DEV_CONTENT_SECURITY_POLICY);
    expect(contentSecurityPolicyFor('http://localhost:5173/', packaged)).toBeUndefined();
    expect(contentSecurityPolicyFor('http://localhost:5174/', unpackaged)).toBeUndefined();
    expect(contentSecurityPolicyFor('http://127.0.0.1:5173/', unpackaged)).toBeUndefined();
  });

  it('never gives a file: URL the development policy, whatever the origin', () => {
    const origins: AppOrigin[] = [
      packaged,
      unpackaged,
      { rendererDir, devServerUrl: 'http://localhost:5173' },
      { rendererDir, devServerUrl: `file://${rendererDir}/` },
      { rendererDir: '/', devServerUrl: 'http://localhost:5173' },
    ];
    const files = [page, `file://${rendererDir}/assets/index.js`, 'file:///work/out/renderer/index.html', 'file:///etc/passwd', 'FILE:///work/out/renderer/index.html', 'file://localhost/work/out/renderer/index.html'];
    for (const origin of origins) {
      for (const file of files) {
        expect([CONTENT_SECURITY_POLICY, undefined], `${file} in ${JSON.stringify(origin)}`).toContain(contentSecurityPolicyFor(file, origin));
      }
    }
  });

  it('leaves responses from anywhere else alone', () => {
    expect(cspResponseHeaders('https://api.siigo.com/v1/customers', { 'content-type': 'application/json' }, unpackaged)).toBeUndefined();
    expect(cspResponseHeaders('file:///etc/passwd', {}, packaged)).toBeUndefined();
    expect(cspResponseHeaders('devtools://devtools/bundled/inspector.html', {}, unpackaged)).toBeUndefined();
    expect(cspResponseHeaders(page, { 'Content-Security-Policy': 'default-src *', 'Content-Type': ['text/html'] }, packaged)).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });
});

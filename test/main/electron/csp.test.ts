import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, headerOnlyDirectives, META_CONTENT_SECURITY_POLICY, parseCsp, withCspHeader } from '../../../src-main/electron/content-security-policy';

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

import { existsSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, cspResponseHeaders, META_CONTENT_SECURITY_POLICY, parseCsp } from '../../../src-main/electron/content-security-policy';
import type { AppOrigin } from '../../../src-main/electron/navigation-policy';
import { assertChromium, CHROMIUM, CHROMIUM_FLAGS } from '../../support/chromium';
import { startMainStandIn, watchViolations, type HeaderRewrite, type MainStandIn, type Violation } from './support/main-stand-in';

const rendererDir = fileURLToPath(new URL('../../../out/renderer', import.meta.url));
/** The packaged app's origin: its bundled folder only. */
const packaged: AppOrigin = { rendererDir };

/** out/renderer/index.html as `npm run build` left it (npm test builds before it tests). */
function builtIndexHtml(): string {
  const path = join(rendererDir, 'index.html');
  if (!existsSync(path)) throw new Error(`No ${path}: run npm run build (or npx electron-vite build) first.`);
  return readFileSync(path, 'utf8');
}

const metaTag = /<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i;

function metaPolicy(html: string): string {
  const content = /\scontent="([^"]*)"/i.exec(metaTag.exec(html)?.[0] ?? '')?.[1];
  if (content === undefined) throw new Error('no CSP meta tag');
  return content;
}

const scriptTags = (html: string) => [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map(([, attributes = '', text = '']) => ({ attributes, text }));

/**
 * The inline probe: one script before index.html's meta tag, which only main's header can
 * stop (a meta policy governs only what comes after it), and one after it, under both.
 */
function probePage(built: string): string {
  const mark = (name: string) => `<script>document.documentElement.dataset.${name} = 'ran';</script>`;
  return built
    .replace(/<script\b[^>]*\bsrc=[^>]*><\/script>/gi, '') // the app's bundle: not needed for this
    .replace(/<head>/i, `<head>${mark('beforeMeta')}`)
    .replace(metaTag, (tag) => `${tag}${mark('afterMeta')}`);
}

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

describe('the production CSP on the built renderer', () => {
  it('out/renderer/index.html states the production policy and has no inline script', () => {
    const html = builtIndexHtml();
    expect(Object.fromEntries(parseCsp(metaPolicy(html)))).toEqual(Object.fromEntries(parseCsp(META_CONTENT_SECURITY_POLICY)));
    const scripts = scriptTags(html);
    expect(scripts.length).toBeGreaterThan(0);
    for (const { attributes, text } of scripts) {
      expect(attributes).toMatch(/\ssrc=/i);
      expect(text.trim()).toBe('');
    }
    expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i); // no inline event handlers either
  });

  describe('in Chromium, with the header main puts on file: pages', () => {
    let main: MainStandIn;
    let browser: Browser;
    /** Main's header rewrite, for the file each HTTP path stands for in out/renderer. */
    const asMain: HeaderRewrite = (url, headers) => cspResponseHeaders(pathToFileURL(join(rendererDir, decodeURIComponent(new URL(url).pathname))).href, headers, packaged);
    let rewrite = asMain;

    beforeAll(async () => {
      assertChromium();
      const probe = probePage(builtIndexHtml());
      main = await startMainStandIn({
        serve(request, response, reply) {
          const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
          if (path === '/probe.html') {
            reply(200, { 'content-type': 'text/html' });
            response.end(probe);
            return;
          }
          const file = join(rendererDir, path === '/' ? 'index.html' : path);
          const inside = !relative(rendererDir, file).startsWith(`..${sep}`);
          if (!inside || !existsSync(file) || !types[extname(file)]) {
            reply(404, {});
            response.end();
            return;
          }
          reply(200, { 'content-type': types[extname(file)] });
          response.end(readFileSync(file));
        },
        rewrite: () => rewrite,
      });
      browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS] });
    });

    afterAll(async () => {
      await browser?.close();
      await main?.close();
    });

    async function open(path: string): Promise<{ page: Page; violations: Violation[]; policy: string | undefined }> {
      const page = await browser.newPage();
      const violations = await watchViolations(page);
      const response = await page.goto(`${main.url}${path}`);
      return { page, violations, policy: response?.headers()['content-security-policy'] };
    }

    const inlineRefused = (violation: Violation) => violation.directive === 'script-src-elem' && violation.blocked === 'inline' && violation.disposition === 'enforce';
    const ran = (page: Page) => page.evaluate(() => ({ ...document.documentElement.dataset }));

    it('runs the built app: its bundle needs nothing the policy refuses', async () => {
      rewrite = asMain;
      const { page, violations, policy } = await open('/index.html');
      expect(policy).toBe(CONTENT_SECURITY_POLICY);
      await page.getByRole('navigation', { name: 'Menú principal' }).waitFor();
      expect(violations).toEqual([]);
      await page.close();
    });

    it('refuses inline script: before the meta tag (the header) and after it (header and meta)', async () => {
      rewrite = asMain;
      const { page, violations, policy } = await open('/probe.html');
      expect(policy).toBe(CONTENT_SECURITY_POLICY);
      expect(await ran(page)).toEqual({});
      // Violation events are queued tasks: they may reach the test after the load event.
      await expect.poll(() => violations.filter(inlineRefused).length).toBeGreaterThanOrEqual(2);
      expect(violations.filter((violation) => !inlineRefused(violation))).toEqual([]);
      await page.close();
    });

    it('without the header only the meta tag applies, and a script before it runs (why main sends both)', async () => {
      rewrite = () => undefined;
      const { page, violations, policy } = await open('/probe.html');
      expect(policy).toBeUndefined();
      expect(await ran(page)).toEqual({ beforeMeta: 'ran' });
      await expect.poll(() => violations.filter(inlineRefused).length).toBe(1);
      await page.close();
    });
  });
});

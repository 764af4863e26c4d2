import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { DEV_META_CONTENT_SECURITY_POLICY, devInlineScriptHashes, inlineScriptHash } from './src-main/electron/content-security-policy';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * `npm start` only (`vite build` keeps index.html's production meta tag): the dev server's
 * index.html states the development policy, the one main sends the dev server's pages as a
 * header (src-main/electron/content-security-policy.ts), and carries no inline script that
 * policy does not allow by hash. Should Vite or plugin-react inject another one (a new
 * preamble after an upgrade), the page fails here naming the hash instead of loading blank.
 */
function devContentSecurityPolicy(): Plugin {
  const metaTag = /(<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*\scontent=")[^"]*(")/i;
  return {
    name: 'mostrador:dev-content-security-policy',
    apply: 'serve',
    transformIndexHtml: {
      // After the other plugins, so the page is complete: plugin-react's preamble is in it.
      order: 'post',
      handler(html) {
        if (!metaTag.test(html)) throw new Error('index.html has no Content-Security-Policy meta tag');
        const page = html.replace(metaTag, (_tag, start: string, end: string) => `${start}${DEV_META_CONTENT_SECURITY_POLICY}${end}`);
        for (const [, attributes = '', text = ''] of page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
          if (/\ssrc\s*=/i.test(attributes)) continue;
          const hash = inlineScriptHash(text);
          if (!devInlineScriptHashes.includes(hash)) {
            throw new Error(`The dev server's index.html has an inline script the development CSP does not allow; if it is Vite's or plugin-react's (a new preamble after an upgrade), put ${hash} in devInlineScriptHashes in src-main/electron/content-security-policy.ts:\n${text}`);
          }
        }
        return page;
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // keytar is an optional native dependency: load it from node_modules at run time, never
      // bundle its .node file into a chunk.
      externalizeDeps: { include: ['keytar'] },
      rollupOptions: { input: { index: at('./src-main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be a single CommonJS file with no requires but electron's.
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: at('./src-main/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: at('./src-renderer'),
    plugins: [react(), devContentSecurityPolicy()],
    build: {
      outDir: at('./out/renderer'),
      rollupOptions: { input: { index: at('./src-renderer/index.html') } },
    },
  },
});

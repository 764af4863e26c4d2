import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { fileURLToPath } from 'node:url';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

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
    plugins: [react()],
    build: {
      outDir: at('./out/renderer'),
      rollupOptions: { input: { index: at('./src-renderer/index.html') } },
    },
  },
});

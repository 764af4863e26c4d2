// Lint: the layering rules that keep each folder where its code may run, plus TypeScript's
// recommended checks. Run from the repo root: `eslint -c build/eslint.config.js .`
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

const restrict = (paths, patterns) => ({
  'no-restricted-imports': ['error', { paths: paths.map((name) => ({ name, message: 'Not allowed in this layer.' })), patterns }],
});

// One rule object per file: ESLint replaces (does not merge) a rule configured again for the
// same files, so each folder's rule repeats its side's restrictions and adds its own.
const mainImports = [{ group: ['**/src-renderer/**', '**/src-renderer'], message: 'src-main never imports the renderer.' }];
const rendererPaths = ['electron', 'keytar', 'electron-store', ...nodeBuiltins];
const rendererImports = [{ group: ['**/src-main/**', '**/src-main'], message: 'src-renderer never imports main; use the bridge.' }];
/** Relative imports of these sibling folders of the renderer, from any depth inside it. */
const rendererFolders = (folders, message) => ({ regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`, message });
const appCode = ['siigo', 'ipc', 'connection', 'desktop', 'electron', 'preview', 'journal', 'settings', 'diagnostics', 'admin', 'snapshot', 'index'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain Node scripts: build tools, and the test stand-in for Electron (test/main/boot).
    files: ['build/**/*.{js,mjs}', 'test/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', setTimeout: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
  },
  {
    // Pure: no Electron, no Node built-ins, no DOM-only or storage libraries, nothing of ours outside.
    files: ['src-shared/**/*.ts'],
    rules: restrict(
      ['electron', 'react', 'react-dom', 'dexie', 'zustand', 'keytar', 'electron-store', ...nodeBuiltins],
      [
        { group: ['**/src-main/**', '**/src-main', '**/src-renderer/**', '**/src-renderer', '**/test/**'], message: 'src-shared imports nothing of ours.' },
        { group: ['react-dom/*', 'dexie/*'], message: 'src-shared must stay pure.' },
      ],
    ),
  },
  {
    files: ['src-main/**/*.ts'],
    rules: restrict([], mainImports),
  },
  {
    // The fake Siigo is transcribed from the Blueprint on its own: if it shared the app's client
    // or rules, every test that uses it would agree with the app by construction.
    files: ['src-main/siigo-sandbox/**/*.ts'],
    rules: restrict([], [...mainImports, { regex: `^(\\.\\./)+(${appCode.join('|')})(/|$)`, message: 'The Siigo sandbox imports nothing of the app.' }]),
  },
  {
    // The window is sandboxed: no Electron, no Node; it reaches main only through the bridge.
    files: ['src-renderer/**/*.ts', 'src-renderer/**/*.tsx'],
    rules: restrict(rendererPaths, rendererImports),
  },
  {
    // Storage knows nothing of what syncs it or shows it.
    files: ['src-renderer/data/**/*.ts'],
    rules: restrict(rendererPaths, [...rendererImports, rendererFolders(['sync', 'app', 'screens', 'forms', 'receipt', 'ui'], 'data/ is below sync/ and the UI.')]),
  },
  {
    files: ['src-renderer/sync/**/*.ts'],
    rules: restrict(rendererPaths, [...rendererImports, rendererFolders(['app', 'screens', 'forms', 'receipt', 'ui'], 'sync/ is below the UI.')]),
  },
  {
    // The shell every screen lives in; screens import it, never the other way round.
    files: ['src-renderer/app/**/*.ts', 'src-renderer/app/**/*.tsx', 'src-renderer/ui/**/*.tsx', 'src-renderer/forms/**/*.ts', 'src-renderer/forms/**/*.tsx'],
    rules: restrict(rendererPaths, [...rendererImports, rendererFolders(['screens'], 'Screens import app/, forms/ and ui/, not the other way round.')]),
  },
  {
    // No import cycles anywhere in the app: each module can be read (and loaded) before those that use it.
    files: ['src-main/**/*.ts', 'src-renderer/**/*.{ts,tsx}', 'src-shared/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      // The modules an import leads to are parsed as TypeScript too, so the whole graph is seen.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
);

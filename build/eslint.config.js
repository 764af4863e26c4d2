// Lint: the layering rules that keep each folder where its code may run, plus TypeScript's
// recommended checks. Run from the repo root: `eslint -c build/eslint.config.js .`
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

const restrict = (paths, patterns) => ({
  'no-restricted-imports': ['error', { paths: paths.map((name) => ({ name, message: 'Not allowed in this layer.' })), patterns }],
});

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
    files: ['build/**/*.{js,mjs}'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
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
    rules: restrict([], [{ group: ['**/src-renderer/**', '**/src-renderer'], message: 'src-main never imports the renderer.' }]),
  },
  {
    // The window is sandboxed: no Electron, no Node; it reaches main only through the bridge.
    files: ['src-renderer/**/*.ts', 'src-renderer/**/*.tsx'],
    rules: restrict(
      ['electron', 'keytar', 'electron-store', ...nodeBuiltins],
      [{ group: ['**/src-main/**', '**/src-main'], message: 'src-renderer never imports main; use the bridge.' }],
    ),
  },
);

import { ESLint } from 'eslint';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: 'build/eslint.config.js' });

async function importErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${file}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

// The first lint loads the TypeScript parser and the import resolver: seconds alone, more under a
// full run's load, so these get a minute rather than the suite's 20 s.
describe('layering lint rule', { timeout: 60_000 }, () => {
  it('keeps src-shared pure', async () => {
    const errors = await importErrors(
      'src-shared/probe.ts',
      [
        "import { app } from 'electron';",
        "import { readFileSync } from 'node:fs';",
        "import { join } from 'path';",
        "import Dexie from 'dexie';",
        "import { useState } from 'react';",
        "import { x } from '../src-main/index';",
        "import { y } from '../src-renderer/App';",
        'export const all = [app, readFileSync, join, Dexie, useState, x, y];',
      ].join('\n'),
    );
    expect(errors).toHaveLength(7);
  });

  it('allows src-shared to import zod and itself', async () => {
    const errors = await importErrors(
      'src-shared/probe.ts',
      "import { z } from 'zod';\nimport { failureSchema } from './failure';\nexport const s = [z, failureSchema];",
    );
    expect(errors).toEqual([]);
  });

  it('keeps main and renderer apart', async () => {
    expect(await importErrors('src-main/probe.ts', "import { App } from '../src-renderer/App';\nexport const a = App;")).toHaveLength(1);
    expect(
      await importErrors(
        'src-renderer/probe.ts',
        "import { createHandlers } from '../src-main/ipc/handlers';\nimport { ipcRenderer } from 'electron';\nexport const a = [createHandlers, ipcRenderer];",
      ),
    ).toHaveLength(2);
  });

  it('keeps storage below sync and sync below the screens, and the app shell above no screen', async () => {
    expect(await importErrors('src-renderer/data/probe.ts', "import { createOutboxSync } from '../sync/outbox-sync';\nexport const a = createOutboxSync;")).toHaveLength(1);
    expect(await importErrors('src-renderer/data/outbox/probe.ts', "import { useApp } from '../../app/app-store';\nexport const a = useApp;")).toHaveLength(1);
    expect(await importErrors('src-renderer/sync/pull/probe.ts', "import { VentaScreen } from '../../screens/venta/VentaScreen';\nexport const a = VentaScreen;")).toHaveLength(1);
    expect(await importErrors('src-renderer/app/probe.ts', "import { VentaScreen } from '../screens/venta/VentaScreen';\nexport const a = VentaScreen;")).toHaveLength(1);
    // Downwards is fine, and each folder still keeps its side's rules.
    expect(await importErrors('src-renderer/sync/probe.ts', "import { MostradorDB } from '../data/db';\nexport const a = MostradorDB;")).toEqual([]);
    expect(await importErrors('src-renderer/data/probe.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;")).toHaveLength(1);
  });

  it('keeps the Siigo sandbox apart from the app it checks', async () => {
    const file = 'src-main/siigo-sandbox/http/probe.ts';
    expect(await importErrors(file, "import { createSiigoClient } from '../../siigo';\nexport const a = createSiigoClient;")).toHaveLength(1);
    expect(await importErrors(file, "import { createHandlers } from '../../ipc/handlers';\nexport const a = createHandlers;")).toHaveLength(1);
    expect(await importErrors(file, "import { invoiceCreateSchema } from '../../../src-shared/siigo';\nimport { clock } from '../clock';\nexport const a = [invoiceCreateSchema, clock];")).toEqual([]);
  });

  it('fails on an import cycle', async () => {
    const dir = join(root, 'src-shared', `cycle-probe-${process.pid}`);
    await mkdir(dir, { recursive: true });
    try {
      await writeFile(join(dir, 'a.ts'), "import { b } from './b';\nexport const a = () => b();\n");
      await writeFile(join(dir, 'b.ts'), "import { a } from './a';\nexport const b = () => a();\n");
      const [result] = await eslint.lintFiles([join(dir, 'a.ts')]);
      expect(result?.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

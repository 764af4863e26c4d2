import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: 'build/eslint.config.js' });

async function importErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${file}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering lint rule', () => {
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
});

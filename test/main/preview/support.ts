/** A browser preview on loopback over a stand-in renderer (one index.html), in temp folders. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreview, type Preview } from '../../../src-main/preview/preview-server';

export const PAGE = '<!doctype html><title>Mostrador</title>';

export async function openPreview(): Promise<{ preview: Preview; close(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'mostrador-preview-'));
  const rendererDir = join(dir, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), PAGE);
  const preview = await startPreview({ dataDir: join(dir, 'data'), rendererDir });
  return {
    preview,
    async close() {
      await preview.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The headers our own page sends with a bridge call (same origin, as the renderer's fetch does). */
export function bridgeHeaders(url: string): Record<string, string> {
  return { origin: url, 'content-type': 'application/json' };
}

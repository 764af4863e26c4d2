import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SNAPSHOT_EXTENSION } from '../../src-shared/snapshot/snapshot-format';

/**
 * Where a snapshot is saved and which one is opened: the user chooses (the desktop's dialogs), so
 * the window never names a path. Null when the user cancelled.
 */
export interface SnapshotPaths {
  chooseSave(suggestedName: string): Promise<string | null>;
  chooseOpen(): Promise<string | null>;
}

/**
 * Without a desktop (browser preview, tests): saves in `dir` under the suggested name, and opens
 * the file this process saved last, or else the newest snapshot in `dir`.
 */
export function headlessSnapshotPaths(dir: string): SnapshotPaths & { lastSaved(): string | null } {
  let last: string | null = null;
  return {
    async chooseSave(suggestedName) {
      await mkdir(dir, { recursive: true });
      last = join(dir, suggestedName);
      return last;
    },
    async chooseOpen() {
      if (last) return last;
      const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith(SNAPSHOT_EXTENSION));
      const dated = await Promise.all(names.map(async (name) => ({ path: join(dir, name), at: (await stat(join(dir, name))).mtimeMs })));
      return dated.sort((a, b) => b.at - a.at)[0]?.path ?? null;
    },
    lastSaved: () => last,
  };
}

import type { BrowserWindow, Dialog } from 'electron';
import { extname, join } from 'node:path';
import { SNAPSHOT_EXTENSION } from '../../src-shared/snapshot/snapshot-format';
import type { SnapshotPaths } from './snapshot-paths';

interface ElectronSnapshotPathsDeps {
  window(): BrowserWindow | null;
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  /** Where the dialogs start (the user's Documents folder). */
  defaultDir(): string;
}

const filters = [{ name: 'Base de Mostrador', extensions: [SNAPSHOT_EXTENSION.slice(1)] }];

/** The desktop's save and open dialogs for snapshots (Ajustes › Administración). */
export function electronSnapshotPaths(deps: ElectronSnapshotPathsDeps): SnapshotPaths {
  return {
    async chooseSave(suggestedName) {
      const options = {
        title: 'Guardar la base de esta caja',
        defaultPath: join(deps.defaultDir(), suggestedName),
        filters,
        properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
      };
      const window = deps.window();
      const choice = window ? await deps.dialog.showSaveDialog(window, options) : await deps.dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return null;
      return extname(choice.filePath).toLowerCase() === SNAPSHOT_EXTENSION ? choice.filePath : `${choice.filePath}${SNAPSHOT_EXTENSION}`;
    },
    async chooseOpen() {
      const options = { title: 'Cargar la base de otra caja', defaultPath: deps.defaultDir(), filters, properties: ['openFile' as const] };
      const window = deps.window();
      const choice = window ? await deps.dialog.showOpenDialog(window, options) : await deps.dialog.showOpenDialog(options);
      return choice.canceled ? null : (choice.filePaths[0] ?? null);
    },
  };
}

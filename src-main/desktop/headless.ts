import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRedactor } from '../diagnostics/redact';
import { createSupportExporter } from '../diagnostics/support-export';
import type { DiagnosticsExporter } from '../diagnostics/support-export';
import type { SettingsService } from '../settings/settings-service';
import { createSettingsService } from '../settings/settings-service';
import { memorySettingsPersistence, openSettings } from '../settings/settings-store';
import { headlessShell, type DesktopShell } from './desktop-shell';

/**
 * The desktop shell's services (tray, notifications, Ajustes, support export). Transports
 * without a desktop (the browser preview, tests) may omit them: `headlessDesktop()` stands in.
 */
export interface DesktopDeps {
  shell: DesktopShell;
  settings: SettingsService;
  diagnostics: DiagnosticsExporter;
}

/**
 * The desktop deps without a desktop: for the browser preview's HTTP bridge and for tests. No
 * tray or notifications, settings in memory, support exports to a temporary folder.
 */
export function headlessDesktop(options: { exportDir?: string } = {}): DesktopDeps {
  const settings = openSettings(memorySettingsPersistence());
  return {
    shell: headlessShell(),
    settings: createSettingsService(settings, () => ({
      kind: 'session-only',
      description: 'Memoria (se pierde al cerrar)',
      warning: null,
      canAcceptPlainText: false,
    })),
    diagnostics: createSupportExporter({
      dir: () => options.exportDir ?? join(tmpdir(), 'mostrador-soporte'),
      logs: () => [],
      context: async () => ({ shell: 'headless' }),
      redactor: createRedactor(),
    }),
  };
}

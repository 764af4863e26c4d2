import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Redactor } from './redact';

/** `diagnostics:export` as the handler table sees it. */
export interface DiagnosticsExporter {
  export(audit: Array<Record<string, unknown>>): Promise<{ path: string; bytes: number }>;
}

export interface SupportExportDeps {
  /** Where exports are written (the Downloads folder in the app). */
  dir: () => string;
  logs: () => Array<{ name: string; content: string }>;
  /** Non-secret context: app version, platform, connection mode, settings view. */
  context: () => Promise<Record<string, unknown>>;
  redactor: Redactor;
  now?: () => Date;
}

const stamp = (at: Date) => at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

/**
 * One JSON file for support: context, main's logs and the renderer's audit trail, everything
 * passed through the redactor (the audit rows come from the window and may quote anything).
 */
export function createSupportExporter(deps: SupportExportDeps): DiagnosticsExporter {
  const now = deps.now ?? (() => new Date());
  return {
    async export(audit) {
      const at = now();
      const bundle = deps.redactor.value({
        generatedAt: at.toISOString(),
        context: await deps.context(),
        logs: deps.logs(),
        audit,
      });
      const dir = deps.dir();
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `mostrador-soporte-${stamp(at)}.json`);
      const text = JSON.stringify(bundle, null, 2);
      writeFileSync(path, text, { mode: 0o600 });
      return { path, bytes: Buffer.byteLength(text) };
    },
  };
}

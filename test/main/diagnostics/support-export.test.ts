import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRedactor } from '../../../src-main/diagnostics/redact';
import { createRotatingLog } from '../../../src-main/diagnostics/rotating-log';
import { createSupportExporter } from '../../../src-main/diagnostics/support-export';

const dir = mkdtempSync(join(tmpdir(), 'mostrador-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('support export', () => {
  it('bundles context, logs and the audit trail with secrets redacted', async () => {
    const accessKey = 'c2VjcmV0LWFjY2Vzcy1rZXktZm9yLWV4cG9ydA==';
    const redactor = createRedactor(() => [accessKey]);
    const log = createRotatingLog({ dir: join(dir, 'logs'), redactor });
    log.log('info', 'Siigo call', { path: '/v1/invoices', status: 201 });
    const exporter = createSupportExporter({
      dir: () => join(dir, 'out'),
      logs: () => log.read(),
      context: async () => ({ app: { version: '0.1.0' }, connection: { mode: 'siigo', username: 'caja@tienda.co' } }),
      redactor,
      now: () => new Date('2025-11-21T15:04:05Z'),
    });
    const audit = [
      { at: '2025-11-21T15:00:00Z', action: 'invoice.sent', documentId: 'd1', detail: { name: 'FV-1-9' } },
      { at: '2025-11-21T15:01:00Z', action: 'settings.changed', detail: { accessKey, note: `typed ${accessKey}` } },
      { at: '2025-11-21T15:02:00Z', action: 'request', detail: { headers: { authorization: 'Bearer abc.def-ghi' } } },
    ];
    const result = await exporter.export(audit);
    expect(result.path).toBe(join(dir, 'out', 'mostrador-soporte-20251121-150405.json'));
    const text = readFileSync(result.path, 'utf8');
    expect(result.bytes).toBe(Buffer.byteLength(text));
    expect(text).not.toContain(accessKey);
    expect(text).not.toContain('abc.def-ghi');
    const bundle = JSON.parse(text) as { audit: unknown[]; logs: Array<{ name: string; content: string }>; context: unknown };
    expect(bundle.audit).toHaveLength(3);
    expect(bundle.logs[0]?.content).toContain('/v1/invoices');
    expect(bundle.context).toMatchObject({ connection: { username: 'caja@tienda.co' } });
  });
});

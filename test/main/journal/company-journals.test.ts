import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { siigoCompanyId } from '../../../src-shared/company';
import type { JournalEntry } from '../../../src-shared/ipc/contract';
import { fileCompanyJournals, journalFileName } from '../../../src-main/journal/company-journals';
import { adoptLegacyJournal } from '../../../src-main/journal/legacy-journal';

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const real = siigoCompanyId('https://api.siigo.com', 'caja@ferreteria-nuñez.co');
const line = (company: string, operationId: string): JournalEntry => ({ company, at: '2026-12-05T10:00:00.000Z', event: 'queued', operationId, documentId: `D-${operationId}`, data: {} });

describe('a journal per company', () => {
  it('files each line in its own company journal and reads back only that company', async () => {
    dir = await mkdtemp(join(tmpdir(), 'journals ñ-'));
    const journals = fileCompanyJournals(join(dir, 'journals'));
    await journals.append([line('demo', 'A1'), line(real, 'B1'), line('demo', 'A2')]);
    await journals.append([line(real, 'B2')]);
    // A restart reads the files again.
    const again = fileCompanyJournals(join(dir, 'journals'));
    expect((await again.read('demo')).map((e) => e.operationId)).toEqual(['A1', 'A2']);
    expect((await again.read(real)).map((e) => e.operationId)).toEqual(['B1', 'B2']);
    expect(await again.read(siigoCompanyId('https://api.siigo.com', 'otra@empresa.co'))).toEqual([]);
    // File names a Windows folder accepts: no ':' '|' '@' from the company's address and user.
    const files = await readdir(join(dir, 'journals'));
    expect(files.sort()).toEqual([journalFileName(real), 'demo.jsonl'].sort());
    expect(journalFileName(real)).toMatch(/^[0-9a-f]{32}\.jsonl$/);
  });

  it('names the same company however its address and user were typed', () => {
    expect(siigoCompanyId('HTTPS://API.Siigo.com:443/', ' Caja@Tienda.co ')).toBe(siigoCompanyId('https://api.siigo.com', 'caja@tienda.co'));
    expect(siigoCompanyId('http://127.0.0.1:8080', 'a@b.co')).not.toBe(siigoCompanyId('http://127.0.0.1:8081', 'a@b.co'));
    expect(siigoCompanyId('https://api.siigo.com', 'a@b.co')).not.toBe(siigoCompanyId('http://api.siigo.com', 'a@b.co'));
  });
});

describe('the journal of an earlier version', () => {
  it('is adopted once by the company configured at the first start, its torn line skipped', async () => {
    dir = await mkdtemp(join(tmpdir(), 'legacy-'));
    const legacy = join(dir, 'outbox-journal.jsonl');
    const old = (operationId: string) => JSON.stringify({ at: '2026-11-30T15:00:00.000Z', event: 'queued', operationId, documentId: `D-${operationId}`, data: {} });
    await writeFile(legacy, `${old('OLD1')}\r\n${old('OLD2')}\n{"at":"2026-11-30T15:01`);
    const journals = fileCompanyJournals(join(dir, 'journals'));
    expect(await adoptLegacyJournal(legacy, real, journals, new Date('2026-12-05T12:00:00Z'))).toBe(2);
    expect((await journals.read(real)).map((e) => [e.operationId, e.company])).toEqual([['OLD1', real], ['OLD2', real]]);
    expect(await journals.read('demo')).toEqual([]);
    expect((await readdir(dir)).sort()).toEqual(['journals', 'outbox-journal.adopted-2026-12-05.jsonl']);
    // The next start finds nothing more to adopt.
    expect(await adoptLegacyJournal(legacy, 'demo', journals)).toBe(0);
    expect(await journals.read('demo')).toEqual([]);
  });
});

import { appendFile, chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../src-shared/ipc/contract';
import { fileJournal } from '../../../src-main/journal/outbox-journal';

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

// A user profile folder may contain spaces and accents (e.g. "C:\Users\Begoña Núñez").
const freshDir = async () => (dir = await mkdtemp(join(tmpdir(), 'journal ñandú-')));
const posix = process.platform !== 'win32';

const entry = (n: number): JournalEntry => ({ company: 'C1', at: new Date(n).toISOString(), event: 'queued', operationId: `OP${n}`, documentId: `D${n}`, data: { n } });
const ids = (entries: JournalEntry[]) => entries.map((e) => e.operationId);

describe('outbox journal file', () => {
  it('keeps every entry across instances, in order, readable only by the user', async () => {
    const path = join(await freshDir(), 'nested', 'outbox-journal.jsonl');
    const writer = fileJournal(path);
    await Promise.all(Array.from({ length: 50 }, (_, n) => writer.append([entry(n), entry(n + 1000)])));
    const reread = await fileJournal(path).read();
    expect(reread).toHaveLength(100);
    expect(reread.filter((e) => e.operationId.length < 6).map((e) => e.operationId)).toEqual(Array.from({ length: 50 }, (_, n) => `OP${n}`));
    if (posix) expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('skips a line torn by a power cut and keeps the rest', async () => {
    const path = join(await freshDir(), 'outbox-journal.jsonl');
    await fileJournal(path).append([entry(1), entry(2)]);
    await appendFile(path, '{"at":"2026-01-01T00:00:00.000Z","event":"que');
    const journal = fileJournal(path);
    expect(ids(await journal.read())).toEqual(['OP1', 'OP2']);
    expect(await fileJournal(join(dir, 'missing.jsonl')).read()).toEqual([]);
  });

  it('keeps entries appended after a torn line instead of gluing them to it', async () => {
    const path = join(await freshDir(), 'outbox-journal.jsonl');
    await fileJournal(path).append([entry(1)]);
    await appendFile(path, '{"at":"2026-01-01T00:00:00.000Z","event":"que');
    const journal = fileJournal(path);
    await journal.append([entry(2)]);
    await journal.append([entry(3)]);
    expect(ids(await journal.read())).toEqual(['OP1', 'OP2', 'OP3']);
    expect(ids(await fileJournal(path).read())).toEqual(['OP1', 'OP2', 'OP3']);
  });

  it('records the next entry after an append that failed', async () => {
    const path = join(await freshDir(), 'outbox-journal.jsonl');
    const journal = fileJournal(path);
    // A directory where the journal should be makes the append fail for real.
    await mkdir(path);
    await expect(journal.append([entry(1)])).rejects.toThrow();
    await rm(path, { recursive: true });
    await journal.append([entry(2)]);
    expect(ids(await journal.read())).toEqual(['OP2']);
    expect(ids(await fileJournal(path).read())).toEqual(['OP2']);
  });

  it.skipIf(!posix)('makes an existing journal readable only by the user', async () => {
    const path = join(await freshDir(), 'outbox-journal.jsonl');
    await writeFile(path, `${JSON.stringify(entry(1))}\n`, { mode: 0o644 });
    await chmod(path, 0o644); // the umask may have narrowed the mode given to writeFile
    await fileJournal(path).append([entry(2)]);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(ids(await fileJournal(path).read())).toEqual(['OP1', 'OP2']);
  });

  it('reads a journal whose lines end in CRLF', async () => {
    const path = join(await freshDir(), 'outbox-journal.jsonl');
    await writeFile(path, [entry(1), entry(2)].map((e) => `${JSON.stringify(e)}\r\n`).join(''));
    const journal = fileJournal(path);
    expect(ids(await journal.read())).toEqual(['OP1', 'OP2']);
    await journal.append([entry(3)]);
    expect(ids(await journal.read())).toEqual(['OP1', 'OP2', 'OP3']);
    expect(await readFile(path, 'utf8')).not.toContain('\r\n\n');
  });
});

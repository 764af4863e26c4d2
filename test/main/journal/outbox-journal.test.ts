import { appendFile, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../src-shared/ipc/contract';
import { fileJournal } from '../../../src-main/journal/outbox-journal';

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const entry = (n: number): JournalEntry => ({ at: new Date(n).toISOString(), event: 'queued', operationId: `OP${n}`, documentId: `D${n}`, data: { n } });

describe('outbox journal file', () => {
  it('keeps every entry across instances, in order, readable only by the user', async () => {
    dir = await mkdtemp(join(tmpdir(), 'journal-'));
    const path = join(dir, 'nested', 'outbox-journal.jsonl');
    const writer = fileJournal(path);
    await Promise.all(Array.from({ length: 50 }, (_, n) => writer.append([entry(n), entry(n + 1000)])));
    const reread = await fileJournal(path).read();
    expect(reread).toHaveLength(100);
    expect(reread.filter((e) => e.operationId.length < 6).map((e) => e.operationId)).toEqual(Array.from({ length: 50 }, (_, n) => `OP${n}`));
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('skips a line torn by a power cut and keeps the rest', async () => {
    dir = await mkdtemp(join(tmpdir(), 'journal-'));
    const path = join(dir, 'outbox-journal.jsonl');
    await fileJournal(path).append([entry(1), entry(2)]);
    await appendFile(path, '{"at":"2026-01-01T00:00:00.000Z","event":"que');
    const journal = fileJournal(path);
    expect((await journal.read()).map((e) => e.operationId)).toEqual(['OP1', 'OP2']);
    expect(await fileJournal(join(dir, 'missing.jsonl')).read()).toEqual([]);
  });
});

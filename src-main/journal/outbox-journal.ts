import { appendFile, mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { journalEntrySchema, type JournalEntry } from '../../src-shared/ipc/contract';

/** Append-only record of every queued operation and its outcome, kept by main outside IndexedDB. */
export interface OutboxJournal {
  append(entries: readonly JournalEntry[]): Promise<void>;
  read(): Promise<JournalEntry[]>;
}

/**
 * One JSON line per entry, fsynced before `append` resolves. A torn last line (power cut mid-write)
 * is skipped on read: every complete line before it is still good.
 */
export function fileJournal(path: string): OutboxJournal {
  let tail: Promise<void> = Promise.resolve();
  return {
    append(entries) {
      const text = entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');
      // Serialise writers so lines never interleave.
      tail = tail.then(async () => {
        await mkdir(dirname(path), { recursive: true });
        await appendFile(path, text, { encoding: 'utf8', mode: 0o600 });
        const handle = await open(path, 'r');
        try {
          await handle.sync();
        } finally {
          await handle.close();
        }
      });
      return tail;
    },
    async read() {
      await tail.catch(() => undefined);
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      const entries: JournalEntry[] = [];
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        try {
          const parsed = journalEntrySchema.safeParse(JSON.parse(line));
          if (parsed.success) entries.push(parsed.data);
        } catch {
          // a torn line: skip it
        }
      }
      return entries;
    },
  };
}

export function memoryJournal(): OutboxJournal {
  const entries: JournalEntry[] = [];
  return {
    append: async (more) => {
      entries.push(...more.map((entry) => structuredClone(entry)));
    },
    read: async () => entries.map((entry) => structuredClone(entry)),
  };
}

import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { journalEntrySchema, type JournalEntry } from '../../src-shared/ipc/contract';

/** Append-only record of every queued operation and its outcome, kept by main outside IndexedDB. */
export interface OutboxJournal {
  append(entries: readonly JournalEntry[]): Promise<void>;
  read(): Promise<JournalEntry[]>;
}

const NEWLINE = 0x0a;

/**
 * One JSON line per entry, fsynced before `append` resolves. A torn last line (power cut mid-write)
 * is skipped on read: every complete line before it is still good.
 */
export function fileJournal(path: string): OutboxJournal {
  // Appends run one at a time so lines never interleave. The chain itself never rejects: a failed
  // append rejects only its own caller, and later appends and reads still run.
  let tail: Promise<void> = Promise.resolve();

  async function write(text: string): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    // One writable handle does everything: Windows refuses fsync on a read-only handle (EPERM).
    // 'a+' keeps every write at the end of the file and still lets us read the last byte.
    const handle = await open(path, 'a+', 0o600);
    try {
      // The mode passed to open applies only on creation; a journal that already existed with
      // looser permissions must be tightened too (a no-op beyond the read-only bit on Windows).
      await handle.chmod(0o600);
      const { size } = await handle.stat();
      if (size > 0) {
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, size - 1);
        // A torn fragment must stay alone on its line, or the next entry would be glued to it and
        // lost with it on read.
        if (last[0] !== NEWLINE) text = `\n${text}`;
      }
      await handle.appendFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  return {
    append(entries) {
      const text = entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');
      const done = tail.then(() => write(text));
      tail = done.catch(() => undefined);
      return done;
    },
    async read() {
      // Wait for appends already requested so a caller reads back what it just wrote.
      await tail;
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      const entries: JournalEntry[] = [];
      for (const raw of text.split('\n')) {
        // A Windows editor may have rewritten the file with CRLF endings.
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
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

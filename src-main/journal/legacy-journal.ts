import { readFile, rename } from 'node:fs/promises';
import type { CompanyId } from '../../src-shared/company';
import { journalEntrySchema, type JournalEntry } from '../../src-shared/ipc/contract';
import type { CompanyJournals } from './company-journals';

/**
 * Versions before the journal per company kept one journal, `outbox-journal.jsonl`, for whichever
 * company was connected. Its lines are adopted by the company configured when this version first
 * starts, the one the old version would have sent them to: filed in that company's journal (the
 * window then restores them into that company's database) and the old file renamed, so it is
 * adopted once. A missing file means nothing to adopt. Returns how many lines were adopted.
 */
export async function adoptLegacyJournal(path: string, company: CompanyId, journals: CompanyJournals, now: Date = new Date()): Promise<number> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  const entries: JournalEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const parsed = journalEntrySchema.safeParse({ ...(JSON.parse(line) as object), company });
      if (parsed.success) entries.push(parsed.data);
    } catch {
      // a line torn by a power cut: skipped, as the journal itself does
    }
  }
  if (entries.length > 0) await journals.append(entries);
  await rename(path, path.replace(/\.jsonl$/, `.adopted-${now.toISOString().slice(0, 10)}.jsonl`));
  return entries.length;
}

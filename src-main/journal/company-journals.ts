import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { DEMO_COMPANY_ID, type CompanyId } from '../../src-shared/company';
import type { JournalEntry } from '../../src-shared/ipc/contract';
import { fileJournal, memoryJournal, type OutboxJournal } from './outbox-journal';

/**
 * One outbox journal per company. Invariant: a line is filed in the journal of the company it
 * names, whichever company is connected when it arrives, and reading a company's journal gives
 * only that company's lines: a restore can never bring one company's documents into another's
 * database.
 */
export interface CompanyJournals {
  append(entries: readonly JournalEntry[]): Promise<void>;
  read(company: CompanyId): Promise<JournalEntry[]>;
}

/**
 * The journal's file name: a company id holds an address and an e-mail, which are no file names
 * on Windows (':' and '|'), so real companies are named by a hash of their id.
 */
export function journalFileName(company: CompanyId): string {
  if (company === DEMO_COMPANY_ID) return 'demo.jsonl';
  return `${createHash('sha256').update(company, 'utf8').digest('hex').slice(0, 32)}.jsonl`;
}

function companyJournals(open: (company: CompanyId) => OutboxJournal): CompanyJournals {
  const journals = new Map<CompanyId, OutboxJournal>();
  const journalOf = (company: CompanyId) => {
    let journal = journals.get(company);
    if (!journal) {
      journal = open(company);
      journals.set(company, journal);
    }
    return journal;
  };
  return {
    async append(entries) {
      const byCompany = new Map<CompanyId, JournalEntry[]>();
      for (const entry of entries) byCompany.set(entry.company, [...(byCompany.get(entry.company) ?? []), entry]);
      await Promise.all([...byCompany].map(([company, lines]) => journalOf(company).append(lines)));
    },
    async read(company) {
      return (await journalOf(company).read()).filter((entry) => entry.company === company);
    },
  };
}

/** The journals as files in `dir` (the user data folder's `journals`). */
export function fileCompanyJournals(dir: string): CompanyJournals {
  return companyJournals((company) => fileJournal(join(dir, journalFileName(company))));
}

export function memoryCompanyJournals(): CompanyJournals {
  return companyJournals(() => memoryJournal());
}

import type { Company } from '../../src-shared/company';

/**
 * What each company left waiting on this PC, as its window last counted it. A window works on one
 * company; these notes let it say that another company still has documents to send, which go out
 * only once that company is connected again. Kept in the window's storage (per origin, like the
 * databases); a note is only a reminder, the company's own database is the truth.
 */
const PREFIX = 'mostrador:backlog:';

export interface CompanyBacklog {
  company: Company;
  /** Documents not yet in Siigo: queued, being sent, retrying or needing attention. */
  waiting: number;
}

export function recordBacklog(backlog: CompanyBacklog): void {
  try {
    if (backlog.waiting === 0) localStorage.removeItem(PREFIX + backlog.company.id);
    else localStorage.setItem(PREFIX + backlog.company.id, JSON.stringify(backlog));
  } catch {
    // Storage full or unavailable: only the reminder is lost.
  }
}

/** The other companies with documents waiting on this PC. */
export function otherBacklogs(current: Company['id']): CompanyBacklog[] {
  const found: CompanyBacklog[] = [];
  try {
    for (let index = 0; index < localStorage.length; index += 1) {
      const key = localStorage.key(index);
      if (!key?.startsWith(PREFIX) || key === PREFIX + current) continue;
      const backlog = JSON.parse(localStorage.getItem(key) ?? 'null') as CompanyBacklog | null;
      if (backlog && backlog.waiting > 0 && typeof backlog.company?.name === 'string') found.push(backlog);
    }
  } catch {
    return found;
  }
  return found;
}

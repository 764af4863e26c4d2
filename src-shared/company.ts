import { z } from 'zod';

/**
 * A company is where documents go: one Siigo API address and one API user. Demo mode (the
 * embedded Siigo) is a company of its own. Invariant: every document, outbox operation, journal
 * line and local database belongs to exactly one company, named by `CompanyId`, and may only be
 * sent through a connection to that same company.
 */
export type CompanyId = string;

export const DEMO_COMPANY_ID: CompanyId = 'demo';

export const companySchema = z.object({
  id: z.string().min(1),
  /** What Ajustes and the status bar call it ("Demostración", or the API user at its host). */
  name: z.string(),
});
export type Company = z.infer<typeof companySchema>;

export const demoCompany: Company = { id: DEMO_COMPANY_ID, name: 'Demostración' };

/**
 * The same company however its address and user were typed: scheme and host in lower case,
 * default port and trailing slashes dropped, the user trimmed and in lower case (Siigo's API users
 * are e-mail addresses). Throws on an address that is not a URL.
 */
export function siigoCompanyId(baseUrl: string, username: string): CompanyId {
  const { scheme, host, path } = addressParts(baseUrl);
  return `siigo|${scheme}://${host}${path}|${username.trim().toLowerCase()}`;
}

/** How a real company is named where Siigo's API gives no company name: "user · host". */
export function siigoCompanyName(baseUrl: string, username: string): string {
  return `${username.trim()} · ${addressParts(baseUrl).host}`;
}

const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443' };

/** The parts of an http(s) address that name a server (src-shared has no URL class to lean on). */
function addressParts(baseUrl: string): { scheme: string; host: string; path: string } {
  const match = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/?#]*@)?([^/?#]+)([^?#]*)/i.exec(baseUrl.trim());
  if (!match) throw new Error(`Not an address: ${baseUrl}`);
  const scheme = match[1]!.toLowerCase();
  const [, name = '', port] = /^(.*?)(?::(\d+))?$/.exec(match[2]!.toLowerCase()) ?? [];
  const host = port === undefined || port === DEFAULT_PORTS[scheme] ? name : `${name}:${port}`;
  return { scheme, host, path: match[3]!.replace(/\/+$/, '') };
}

const DATABASE_PREFIX = 'mostrador:';

/** The IndexedDB database that holds one company's mirror, documents and outbox. */
export function companyDatabaseName(company: CompanyId): string {
  return `${DATABASE_PREFIX}${company}`;
}

/**
 * The company a database belongs to. A database named otherwise (a test's, a benchmark's) is a
 * company of its own, which no connection ever is.
 */
export function companyOfDatabase(name: string): CompanyId {
  return name.startsWith(DATABASE_PREFIX) ? name.slice(DATABASE_PREFIX.length) : name;
}

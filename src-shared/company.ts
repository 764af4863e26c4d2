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

interface AddressParts {
  scheme: string;
  /** The host name alone, in lower case (an IPv6 address keeps its brackets, as URL's `hostname`). */
  hostname: string;
  /** The host name with its port unless it is the scheme's default. */
  host: string;
  path: string;
  /** The address names a user or password before its host (`user@host`). */
  userinfo: boolean;
}

/** The parts of an http(s) address that name a server (src-shared has no URL class to lean on). */
function addressParts(baseUrl: string): AddressParts {
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^@/?#]*@)?([^/?#]+)([^?#]*)/i.exec(baseUrl.trim());
  if (!match) throw new Error(`Not an address: ${baseUrl}`);
  const scheme = match[1]!.toLowerCase();
  const [, name = '', port] = /^(.*?)(?::(\d+))?$/.exec(match[3]!.toLowerCase()) ?? [];
  const host = port === undefined || port === DEFAULT_PORTS[scheme] ? name : `${name}:${port}`;
  return { scheme, hostname: name, host, path: match[4]!.replace(/\/+$/, ''), userinfo: match[2] !== undefined };
}

/** This computer, as a Siigo address may name it (the embedded sandbox and tests listen there). */
const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Whether a Siigo access key may travel to this scheme (without ':') and host name: only over
 * https, or over plain http to this computer. The one rule for the form, the bridge contract and
 * main (which checks it again on the address as Node's URL parses it).
 */
export function mayCarrySiigoKey(scheme: string, hostname: string): boolean {
  const name = hostname.toLowerCase();
  return scheme.toLowerCase() === 'https' ? name !== '' : scheme.toLowerCase() === 'http' && LOOPBACK_HOSTS.has(name);
}

export const SIIGO_ADDRESS_INVALID = 'Dirección de la API: escriba una dirección web válida, por ejemplo https://api.siigo.com.';
export const SIIGO_ADDRESS_NOT_HTTPS =
  'Dirección de la API: debe empezar por https:// (solo se permite http:// para una dirección local de pruebas).';

/**
 * Why the access key may not be sent to this Siigo address, in the shop's words; null when it
 * may. Anything a URL parser could read differently from this one (a user or password before
 * the host, backslashes, spaces, a query or fragment) is refused, so "local" here is local there.
 */
export function siigoAddressProblem(baseUrl: string): string | null {
  const text = baseUrl.trim();
  // eslint-disable-next-line no-control-regex
  if (/[\s\\\u0000-\u001f\u007f?#]/.test(text)) return SIIGO_ADDRESS_INVALID;
  let parts: AddressParts;
  try {
    parts = addressParts(text);
  } catch {
    return SIIGO_ADDRESS_INVALID;
  }
  if (parts.userinfo || parts.hostname === '') return SIIGO_ADDRESS_INVALID;
  return mayCarrySiigoKey(parts.scheme, parts.hostname) ? null : SIIGO_ADDRESS_NOT_HTTPS;
}

/** A Siigo API address as the bridge accepts it: a URL the access key may be sent to. */
export const siigoAddressSchema = z
  .url({ error: SIIGO_ADDRESS_INVALID, abort: true })
  .superRefine((value, ctx) => {
    const problem = siigoAddressProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

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

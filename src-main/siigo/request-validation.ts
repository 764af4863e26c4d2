import { mayCarrySiigoKey, SIIGO_ADDRESS_INVALID, SIIGO_ADDRESS_NOT_HTTPS, siigoAddressProblem } from '../../src-shared/company';
import type { SiigoErrorEntry } from '../../src-shared/failure';
import { idempotencyKeySchema, partnerIdSchema } from '../../src-shared/headers';
import { InvalidInputError } from './errors';

export function assertPartnerId(partnerId: string): void {
  if (!partnerIdSchema.safeParse(partnerId).success) {
    throw new InvalidInputError(
      'The Partner-Id must be 3 to 100 letters or digits (no spaces, hyphens or other symbols); nothing was sent to Siigo.',
    );
  }
}

export function assertIdempotencyKey(key: string | undefined): asserts key is string {
  if (!idempotencyKeySchema.safeParse(key).success) {
    throw new InvalidInputError(
      'The Idempotency-Key must be 1 to 30 letters or digits (a UUID needs its hyphens removed and is still too long; a ULID fits); nothing was sent to Siigo.',
    );
  }
}

/** A document id for a URL path segment: non-empty, no slashes or whitespace. */
export function assertResourceId(id: string, what: string): string {
  if (typeof id !== 'string' || !/^[^\s/?#]{1,200}$/.test(id)) {
    throw new InvalidInputError(`The ${what} id is empty or malformed; nothing was sent to Siigo.`);
  }
  return encodeURIComponent(id);
}

/**
 * Base URL: absolute https (plain http only to this computer: 127.0.0.1, localhost, [::1]), no
 * user, query or fragment. Returned without trailing slash. The access key and every token travel
 * to this address, so a client built for any other address sends nothing at all, /auth included.
 */
export function normalizeBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new InvalidInputError('The Siigo base URL is not a valid URL; nothing was sent.', { errors: [addressEntry(SIIGO_ADDRESS_INVALID)] });
  }
  // The keychain account and the company id come from siigoAddressProblem's reading of the
  // address; the request goes where Node's URL parser points. Whatever the two could read
  // differently (a backslash, a user before the host) is refused, so both name one server.
  const problem = siigoAddressProblem(baseUrl);
  const plain = (url.protocol === 'https:' || url.protocol === 'http:') && !url.search && !url.hash && !url.username && !url.password;
  if (!plain || problem === SIIGO_ADDRESS_INVALID) {
    throw new InvalidInputError('The Siigo base URL must be a plain http(s) URL; nothing was sent.', { errors: [addressEntry(SIIGO_ADDRESS_INVALID)] });
  }
  if (problem !== null || !mayCarrySiigoKey(url.protocol.slice(0, -1), url.hostname)) {
    throw new InvalidInputError(
      'The Siigo base URL must use https (plain http only to this computer: 127.0.0.1, localhost or [::1]); the access key is never sent in clear text, and nothing was sent.',
      { errors: [addressEntry(SIIGO_ADDRESS_NOT_HTTPS)] },
    );
  }
  return url.toString().replace(/\/+$/, '');
}

/** Whether a client for this base URL may send the access key there (`normalizeBaseUrl` accepts it). */
export function isSiigoAddressForKeys(baseUrl: string): boolean {
  try {
    normalizeBaseUrl(baseUrl);
    return true;
  } catch {
    return false;
  }
}

/** The refusal as the window explains it ('invalid_url': "La dirección web no es válida."). */
function addressEntry(message: string): SiigoErrorEntry {
  return { Code: 'invalid_url', Message: message };
}

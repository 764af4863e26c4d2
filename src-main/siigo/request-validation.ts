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

/** Base URL: absolute http(s), no query or fragment. Returned without trailing slash. */
export function normalizeBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new InvalidInputError('The Siigo base URL is not a valid URL; nothing was sent.');
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash || url.username || url.password) {
    throw new InvalidInputError('The Siigo base URL must be a plain http(s) URL; nothing was sent.');
  }
  return url.toString().replace(/\/+$/, '');
}

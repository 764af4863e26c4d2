/**
 * ULIDs as Idempotency-Keys: 26 characters of Crockford base32, alphanumeric (Siigo allows at most
 * 30 alphanumerics), sortable by creation time. Randomness is passed in because this folder has
 * no platform: the renderer gives `crypto.getRandomValues`, Node gives its webcrypto.
 */
export type RandomBytes = (length: number) => Uint8Array;

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TIME_CHARS = 10;
const RANDOM_CHARS = 16;

export const ULID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export function ulid(now: number, randomBytes: RandomBytes): string {
  if (!Number.isSafeInteger(now) || now < 0) throw new RangeError('ulid: time must be a non-negative integer');
  let time = now;
  let head = '';
  for (let i = 0; i < TIME_CHARS; i += 1) {
    head = ALPHABET[time % 32] + head;
    time = Math.floor(time / 32);
  }
  const bytes = randomBytes(RANDOM_CHARS);
  let tail = '';
  for (let i = 0; i < RANDOM_CHARS; i += 1) tail += ALPHABET[(bytes[i] ?? 0) % 32];
  return head + tail;
}

/** The creation time encoded in a ULID (ms since the epoch). */
export function ulidTime(id: string): number {
  if (!ULID_PATTERN.test(id)) throw new RangeError('Not a ULID');
  let time = 0;
  for (const char of id.slice(0, TIME_CHARS)) time = time * 32 + ALPHABET.indexOf(char);
  return time;
}

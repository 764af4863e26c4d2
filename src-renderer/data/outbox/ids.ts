import { ulid } from '../../../src-shared/ids/ulid';

/** A new ULID: the local id of documents and the Idempotency-Key of operations. */
export function newId(now: number = Date.now()): string {
  return ulid(now, (length) => crypto.getRandomValues(new Uint8Array(length)));
}

import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { idempotencyKeySchema } from '../../../src-shared/headers';
import { ulid, ulidTime, ULID_PATTERN } from '../../../src-shared/ids/ulid';

const random = (length: number) => new Uint8Array(randomBytes(length));

describe('ulid', () => {
  it('is a valid Siigo Idempotency-Key and keeps its creation time', () => {
    const at = Date.UTC(2026, 10, 21, 15, 0, 0);
    const id = ulid(at, random);
    expect(id).toMatch(ULID_PATTERN);
    expect(idempotencyKeySchema.safeParse(id).success).toBe(true);
    expect(ulidTime(id)).toBe(at);
  });

  it('sorts by creation time and does not repeat', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => ulid(1_700_000_000_000 + Math.floor(i / 10), random));
    expect(new Set(ids).size).toBe(ids.length);
    for (let i = 10; i < ids.length; i += 10) expect(ids[i - 1]! < ids[i]!).toBe(true);
  });
});

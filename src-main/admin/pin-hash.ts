import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { PinHash } from '../settings/schema';

/**
 * scrypt's cost for a new PIN hash. A 4-digit PIN has only 10,000 values, so the hash alone does
 * not protect it from whoever copies the settings file: what protects it at the counter is that
 * main checks it, slowly and a few tries at a time (`admin-guard.ts`). The cost makes each
 * offline guess ~50 ms; the parameters are stored with the hash, so they can be raised later.
 */
export const PIN_SCRYPT = { N: 16_384, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;

/** 4 to 8 digits, nothing else. */
export const PIN_FORMAT = /^\d{4,8}$/;

function derive(pin: string, salt: Buffer, params: Pick<PinHash, 'N' | 'r' | 'p'>): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 128 * params.N * params.r * 2 };
  return new Promise((resolve, reject) => {
    scrypt(pin, salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** A salted hash of the PIN; the PIN itself is not kept anywhere. */
export async function hashPin(pin: string): Promise<PinHash> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(pin, salt, PIN_SCRYPT);
  return { algorithm: 'scrypt', salt: salt.toString('base64'), hash: hash.toString('base64'), ...PIN_SCRYPT };
}

/** Whether `pin` is the one hashed, compared in constant time. */
export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(pin, Buffer.from(stored.salt, 'base64'), stored);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

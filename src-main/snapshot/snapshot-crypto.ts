import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import {
  DEFAULT_KDF,
  FINAL_FLAG,
  KDF_BOUNDS,
  KDF_MAX_MEMORY_BYTES,
  KEY_CHECK_BYTES,
  NONCE_BYTES,
  PREFIX_BYTES,
  SALT_BYTES,
  SNAPSHOT_FORMAT_VERSION,
  SNAPSHOT_MAGIC,
  TAG_BYTES,
} from '../../src-shared/snapshot/frame-layout';
import { snapshotErrors } from './snapshot-error';

export interface KdfParams {
  logN: number;
  r: number;
  p: number;
}

/** The two keys scrypt gives from the clave: one seals frames, one proves the clave (the prefix's key check). */
export interface SnapshotKeys {
  frameKey: Buffer;
  checkKey: Buffer;
  /** SHA-256 of the prefix, bound into every frame's additional data. */
  prefixDigest: Buffer;
}

const MAGIC = Buffer.from(SNAPSHOT_MAGIC, 'ascii');
/** The prefix without its key check: what the check authenticates. */
const CHECKED_BYTES = PREFIX_BYTES - KEY_CHECK_BYTES;

function deriveKeys(clave: string, salt: Buffer, kdf: KdfParams): Promise<Buffer> {
  const N = 2 ** kdf.logN;
  // The typed clave in one normal form: "ñ" typed on another keyboard is the same clave.
  const secret = Buffer.from(clave.normalize('NFC'), 'utf8');
  return new Promise((resolve, reject) =>
    scrypt(secret, salt, 64, { N, r: kdf.r, p: kdf.p, maxmem: 128 * N * kdf.r + 16 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

const keyCheck = (checkKey: Buffer, checked: Buffer) => createHmac('sha256', checkKey).update(checked).digest();

/** A new file's prefix (fresh salt) and its keys. */
export async function newPrefix(clave: string, kdf: KdfParams = DEFAULT_KDF): Promise<{ prefix: Buffer; keys: SnapshotKeys }> {
  const salt = randomBytes(SALT_BYTES);
  const head = Buffer.alloc(CHECKED_BYTES);
  MAGIC.copy(head, 0);
  head.writeUInt16BE(SNAPSHOT_FORMAT_VERSION, MAGIC.length);
  head.writeUInt8(kdf.logN, MAGIC.length + 2);
  head.writeUInt8(kdf.r, MAGIC.length + 3);
  head.writeUInt8(kdf.p, MAGIC.length + 4);
  salt.copy(head, MAGIC.length + 5);
  const key = await deriveKeys(clave, salt, kdf);
  const checkKey = key.subarray(32);
  const prefix = Buffer.concat([head, keyCheck(checkKey, head)]);
  return { prefix, keys: { frameKey: key.subarray(0, 32), checkKey, prefixDigest: createHash('sha256').update(prefix).digest() } };
}

const within = (value: number, [min, max]: readonly [number, number]) => value >= min && value <= max;

/**
 * The keys of an existing file from its prefix and the typed clave. Refuses a file that is not a
 * snapshot, one of a newer format, KDF parameters out of bounds (damaged), and a clave whose key
 * check does not match (`snapshot_wrong_clave`).
 */
export async function openPrefix(prefix: Buffer, clave: string): Promise<SnapshotKeys> {
  if (prefix.length < MAGIC.length || !prefix.subarray(0, MAGIC.length).equals(MAGIC)) throw snapshotErrors.notASnapshot();
  if (prefix.length < PREFIX_BYTES) throw snapshotErrors.truncated();
  const version = prefix.readUInt16BE(MAGIC.length);
  if (version > SNAPSHOT_FORMAT_VERSION) throw snapshotErrors.newerFormat();
  if (version !== SNAPSHOT_FORMAT_VERSION) throw snapshotErrors.damaged();
  const kdf = { logN: prefix.readUInt8(MAGIC.length + 2), r: prefix.readUInt8(MAGIC.length + 3), p: prefix.readUInt8(MAGIC.length + 4) };
  const bounded = within(kdf.logN, KDF_BOUNDS.logN) && within(kdf.r, KDF_BOUNDS.r) && within(kdf.p, KDF_BOUNDS.p);
  if (!bounded || 128 * 2 ** kdf.logN * kdf.r > KDF_MAX_MEMORY_BYTES) throw snapshotErrors.damaged();
  const salt = prefix.subarray(MAGIC.length + 5, MAGIC.length + 5 + SALT_BYTES);
  const key = await deriveKeys(clave, salt, kdf);
  const checkKey = key.subarray(32);
  const expected = keyCheck(checkKey, prefix.subarray(0, CHECKED_BYTES));
  if (!timingSafeEqual(expected, prefix.subarray(CHECKED_BYTES, PREFIX_BYTES))) throw snapshotErrors.wrongClave();
  const digest = createHash('sha256').update(prefix.subarray(0, PREFIX_BYTES)).digest();
  return { frameKey: key.subarray(0, 32), checkKey, prefixDigest: digest };
}

function additionalData(keys: SnapshotKeys, index: number, flags: number): Buffer {
  const tail = Buffer.alloc(5);
  tail.writeUInt32BE(index, 0);
  tail.writeUInt8(flags, 4);
  return Buffer.concat([keys.prefixDigest, tail]);
}

/** One sealed frame with its length and flags, ready to append. */
export function sealFrame(keys: SnapshotKeys, index: number, final: boolean, plaintext: Buffer): Buffer {
  const flags = final ? FINAL_FLAG : 0;
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keys.frameKey, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(keys, index, flags));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const head = Buffer.alloc(5);
  head.writeUInt32BE(NONCE_BYTES + body.length + TAG_BYTES, 0);
  head.writeUInt8(flags, 4);
  return Buffer.concat([head, nonce, body, cipher.getAuthTag()]);
}

/** The plaintext of frame `index` (`sealed`: nonce, ciphertext and tag); a frame that fails its tag is damage. */
export function openFrame(keys: SnapshotKeys, index: number, flags: number, sealed: Buffer): Buffer {
  if (sealed.length < NONCE_BYTES + TAG_BYTES) throw snapshotErrors.damaged();
  const nonce = sealed.subarray(0, NONCE_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', keys.frameKey, nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(additionalData(keys, index, flags));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(sealed.subarray(NONCE_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw snapshotErrors.damaged();
  }
}

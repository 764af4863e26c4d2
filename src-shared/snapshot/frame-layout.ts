/**
 * The byte layout of a `.mostrador-base` file (docs/decisions/0023). In the clear, only the
 * prefix: magic, format version, the scrypt parameters, the salt and a key check. Then frames,
 * each sealed with AES-256-GCM under its own random nonce:
 *
 *   prefix: MAGIC(8) | version u16 | log2 N u8 | r u8 | p u8 | salt(16) | key check(32)
 *   frame:  length u32 (of what follows the flags) | flags u8 | nonce(12) | ciphertext | tag(16)
 *
 * Every frame's additional data is SHA-256(prefix) | frame index u32 | flags, so a frame moved,
 * dropped, copied from another file or flagged final out of place fails its tag. Frame 0 is the
 * header (company, date, counts, checkpoints); the last frame, and only it, has FINAL_FLAG set: a
 * file that ends without it was cut. Plaintexts are deflated JSON.
 */
export const SNAPSHOT_MAGIC = 'MSTRBASE';
export const SNAPSHOT_FORMAT_VERSION = 1;
export const SALT_BYTES = 16;
export const KEY_CHECK_BYTES = 32;
/** magic + version + three KDF bytes + salt + key check. */
export const PREFIX_BYTES = SNAPSHOT_MAGIC.length + 2 + 3 + SALT_BYTES + KEY_CHECK_BYTES;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;
/** The frame's length field and its flags byte. */
export const FRAME_HEAD_BYTES = 4 + 1;
export const FINAL_FLAG = 0x01;
/** No frame is larger: a longer length field means a damaged file, not a buffer to allocate. */
export const MAX_FRAME_BYTES = 64 * 1024 * 1024;

/** scrypt's cost for a new file: about 32 MiB of memory and a tenth of a second per try. */
export const DEFAULT_KDF = { logN: 15, r: 8, p: 1 } as const;
/** What a file may ask of the reader's scrypt; beyond it the file is refused as damaged. */
export const KDF_BOUNDS = { logN: [10, 20], r: [1, 16], p: [1, 4] } as const;
/** scrypt needs 128 × N × r bytes: a file may not make main allocate more than this. */
export const KDF_MAX_MEMORY_BYTES = 256 * 1024 * 1024;

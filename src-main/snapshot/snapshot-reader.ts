import { open, type FileHandle } from 'node:fs/promises';
import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';
import { FINAL_FLAG, FRAME_HEAD_BYTES, MAX_FRAME_BYTES, PREFIX_BYTES } from '../../src-shared/snapshot/frame-layout';
import { snapshotHeaderSchema, snapshotTables, type SnapshotHeader, type SnapshotTable } from '../../src-shared/snapshot/snapshot-format';
import { openFrame, openPrefix, type SnapshotKeys } from './snapshot-crypto';
import { snapshotErrors } from './snapshot-error';

const inflate = promisify(inflateRaw);

export interface SnapshotChunk {
  table: SnapshotTable;
  rows: Array<Record<string, unknown>>;
}

export interface SnapshotReader {
  header: SnapshotHeader;
  /** The next frame's rows, or null once the final frame has been read and nothing follows it. */
  next(): Promise<SnapshotChunk | null>;
  close(): Promise<void>;
}

/** Reads exactly `length` bytes at `position`, or fewer at the end of the file. */
async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    let read: number;
    try {
      ({ bytesRead: read } = await handle.read(buffer, filled, length - filled, position + filled));
    } catch {
      throw snapshotErrors.readFailed();
    }
    if (read === 0) break;
    filled += read;
  }
  return buffer.subarray(0, filled);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Opens a snapshot with the typed clave: checks the prefix and the clave, decrypts and checks the
 * header, and authenticates every frame, before anything is handed out. Each `next()` reads one frame in order; a
 * frame out of place, altered, or missing (the file ends before the final frame, or goes on after
 * it) is refused with a Spanish `SnapshotError`.
 */
export async function openSnapshotReader(path: string, clave: string): Promise<SnapshotReader> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch {
    throw snapshotErrors.readFailed();
  }
  let position = 0;
  let index = 0;
  let ended = false;

  /** Authenticates the frame at `position` and moves past it. */
  const sealedFrame = async (keys: SnapshotKeys): Promise<{ plaintext: Buffer; final: boolean }> => {
    const head = await readAt(handle, position, FRAME_HEAD_BYTES);
    if (head.length < FRAME_HEAD_BYTES) throw snapshotErrors.truncated();
    const length = head.readUInt32BE(0);
    const flags = head.readUInt8(4);
    if (length > MAX_FRAME_BYTES || (flags & ~FINAL_FLAG) !== 0) throw snapshotErrors.damaged();
    const sealed = await readAt(handle, position + FRAME_HEAD_BYTES, length);
    if (sealed.length < length) throw snapshotErrors.truncated();
    const plaintext = openFrame(keys, index, flags, sealed);
    position += FRAME_HEAD_BYTES + length;
    index += 1;
    return { plaintext, final: (flags & FINAL_FLAG) !== 0 };
  };

  /**
   * Every frame after the header authenticated, in order, up to a final frame with nothing after
   * it, before any row is handed out: a cut or damaged file is refused while the mirror it would
   * replace is still whole. Only the tags are checked (no rows are inflated or parsed).
   */
  const verifyAll = async (keys: SnapshotKeys): Promise<void> => {
    const start = { position, index };
    for (;;) {
      const { final } = await sealedFrame(keys);
      if (final) break;
    }
    if ((await readAt(handle, position, 1)).length > 0) throw snapshotErrors.damaged();
    ({ position, index } = start);
  };

  const nextFrame = async (keys: SnapshotKeys): Promise<{ value: unknown; final: boolean }> => {
    const { plaintext, final } = await sealedFrame(keys);
    try {
      return { value: JSON.parse((await inflate(plaintext)).toString('utf8')) as unknown, final };
    } catch {
      // Authenticated yet unreadable: written by something that is not Mostrador.
      throw snapshotErrors.damaged();
    }
  };

  try {
    const prefix = await readAt(handle, 0, PREFIX_BYTES);
    const keys = await openPrefix(prefix, clave);
    position = PREFIX_BYTES;
    const first = await nextFrame(keys);
    const header = snapshotHeaderSchema.safeParse(first.value);
    if (first.final || !header.success) throw snapshotErrors.damaged();
    await verifyAll(keys);

    return {
      header: header.data,
      async next() {
        if (ended) return null;
        const { value, final } = await nextFrame(keys);
        if (final) {
          if (!isRecord(value) || value['end'] !== true || value['frames'] !== index - 1) throw snapshotErrors.damaged();
          // Nothing may follow the final frame: bytes after it were appended by someone else.
          if ((await readAt(handle, position, 1)).length > 0) throw snapshotErrors.damaged();
          ended = true;
          return null;
        }
        if (!isRecord(value) || !(snapshotTables as readonly unknown[]).includes(value['t']) || !Array.isArray(value['r'])) {
          throw snapshotErrors.damaged();
        }
        const rows = value['r'] as unknown[];
        if (!rows.every(isRecord)) throw snapshotErrors.damaged();
        return { table: value['t'] as SnapshotTable, rows };
      },
      close: () => handle.close().catch(() => undefined),
    };
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
}

import { randomBytes } from 'node:crypto';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { deflateRaw } from 'node:zlib';
import type { SnapshotHeader, SnapshotTable } from '../../src-shared/snapshot/snapshot-format';
import { newPrefix, sealFrame, type KdfParams, type SnapshotKeys } from './snapshot-crypto';
import { snapshotErrors } from './snapshot-error';

const deflate = promisify(deflateRaw);

export interface SnapshotWriter {
  /** Appends one frame of rows of `table`. */
  write(table: SnapshotTable, rows: unknown[]): Promise<void>;
  /** Seals the final frame, flushes to disk and only then gives the file its name. */
  finish(): Promise<{ path: string; bytes: number }>;
  /** Drops the temporary file; the chosen name is never touched. */
  abort(): Promise<void>;
}

/**
 * Writes a snapshot to a temporary file in the chosen folder (same volume, so the final rename is
 * atomic), fsynced before it is renamed to `path`: the name never shows a half-written file. On
 * Windows a rename over a file open in another program fails: that is reported, never worked
 * around by deleting the old file first. Calls are serialised; the clave is only used to derive
 * the keys and is not kept.
 */
export async function createSnapshotWriter(path: string, clave: string, header: SnapshotHeader, kdf?: KdfParams): Promise<SnapshotWriter> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const { prefix, keys } = await newPrefix(clave, kdf);
  let handle: FileHandle;
  try {
    handle = await open(temporary, 'wx', 0o600);
  } catch {
    throw snapshotErrors.writeFailed();
  }
  let index = 0;
  let bytes = 0;
  let closed = false;
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const append = async (data: Buffer) => {
    try {
      // A write may take fewer bytes than given (a nearly full USB stick): go on from there.
      for (let done = 0; done < data.length; ) done += (await handle.write(data, done, data.length - done)).bytesWritten;
    } catch {
      throw snapshotErrors.writeFailed();
    }
    bytes += data.length;
  };
  const frame = async (frameKeys: SnapshotKeys, value: unknown, final: boolean) => {
    const plaintext = await deflate(Buffer.from(JSON.stringify(value), 'utf8'));
    await append(sealFrame(frameKeys, index, final, plaintext));
    index += 1;
  };
  const discard = async () => {
    if (closed) return;
    closed = true;
    await handle.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
  };

  try {
    await append(prefix);
    await frame(keys, header, false);
  } catch (error) {
    await discard();
    throw error;
  }

  return {
    write: (table, rows) =>
      serial(async () => {
        if (closed) throw snapshotErrors.sessionGone();
        await frame(keys, { t: table, r: rows }, false);
      }),
    finish: () =>
      serial(async () => {
        if (closed) throw snapshotErrors.sessionGone();
        try {
          await frame(keys, { end: true, frames: index }, true);
          await handle.sync();
          closed = true;
          await handle.close();
          await renameSoon(temporary, path);
        } catch (error) {
          closed = false;
          await discard();
          throw error instanceof Error && error.name === 'SnapshotError' ? error : snapshotErrors.writeFailed();
        }
        return { path, bytes };
      }),
    abort: () => serial(discard),
  };
}

/**
 * Windows: an antivirus or the search indexer often holds a file just closed for a moment, and
 * the rename then fails with EPERM, EBUSY or EACCES; it is tried again for a few seconds before
 * the export is given up.
 */
async function renameSoon(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= 10 || (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

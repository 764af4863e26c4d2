import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { Company } from '../../src-shared/company';
import { DEMO_COMPANY_ID } from '../../src-shared/company';
import type { CallMeta } from '../../src-shared/ipc/contract';
import {
  SNAPSHOT_CLAVE_MIN_LENGTH,
  snapshotFileName,
  type SnapshotContent,
  type SnapshotHeader,
  type SnapshotSummary,
  type SnapshotTable,
} from '../../src-shared/snapshot/snapshot-format';
import { WrongCompanyError } from '../siigo';
import type { KdfParams } from './snapshot-crypto';
import { SnapshotError, snapshotErrors } from './snapshot-error';
import type { SnapshotPaths } from './snapshot-paths';
import { openSnapshotReader, type SnapshotChunk, type SnapshotReader } from './snapshot-reader';
import { createSnapshotWriter, type SnapshotWriter } from './snapshot-writer';

export interface SnapshotServiceDeps {
  paths: SnapshotPaths;
  /** The company connected now (`ConnectionService.identity().company`). */
  company(): Company;
  /** Throws while the administrator's PIN guard is locked. */
  assertUnlocked(): void;
  now?: () => Date;
  /** Tests only: a cheaper scrypt. */
  kdf?: KdfParams;
}

type Opened<T> = { status: 'cancelled' } | ({ status: 'open'; session: string; fileName: string } & T);

export interface SnapshotService {
  exportOpen(input: { clave: string; confirm: string; content: SnapshotContent }, meta: CallMeta): Promise<Opened<object>>;
  exportWrite(session: string, table: SnapshotTable, rows: unknown[]): Promise<void>;
  exportClose(session: string): Promise<{ path: string; bytes: number }>;
  importOpen(clave: string, meta: CallMeta): Promise<Opened<{ header: SnapshotSummary }>>;
  importRead(session: string): Promise<({ done: false } & SnapshotChunk) | { done: true }>;
  cancel(session: string): Promise<void>;
  /** Drops every open session (quit, company switch). */
  closeAll(): Promise<void>;
}

/** Why a snapshot cannot be loaded into `current`, or null when it belongs to it. */
export function companyMismatch(snapshot: Company, current: Company): SnapshotError | null {
  if (snapshot.id === current.id) return null;
  if (snapshot.id === DEMO_COMPANY_ID) {
    return new SnapshotError('snapshot_other_company', 'Este archivo es de la empresa de demostración: no se puede cargar en una empresa real de Siigo.');
  }
  if (current.id === DEMO_COMPANY_ID) {
    return new SnapshotError(
      'snapshot_other_company',
      `Este archivo es de una empresa real de Siigo (${snapshot.name}): no se puede cargar en la demostración.`,
    );
  }
  return new SnapshotError('snapshot_other_company', `Este archivo es de otra empresa de Siigo, o de otro usuario de la API (${snapshot.name}): no se puede cargar en esta caja; expórtelo en una caja conectada con el mismo usuario.`);
}

/**
 * Export and import sessions of mirror snapshots, in main. Invariants: a session opens only while
 * Administración is unlocked and for the window of the company connected now; the clave is used to
 * derive the file's keys and then dropped (never kept in a session, logged or sent back); an
 * import opens only once its header is decrypted and names this company, so the window writes
 * nothing before that; an export that does not close leaves no file under the chosen name. One
 * export and one import at a time: a new open drops the previous one.
 */
export function createSnapshotService(deps: SnapshotServiceDeps): SnapshotService {
  const now = deps.now ?? (() => new Date());
  const writers = new Map<string, SnapshotWriter>();
  const readers = new Map<string, SnapshotReader>();

  const currentCompany = (meta: CallMeta): Company => {
    const company = deps.company();
    if (meta.company !== undefined && meta.company !== company.id) throw new WrongCompanyError();
    return company;
  };
  const dropAll = async () => {
    await Promise.all([...writers.values()].map((writer) => writer.abort()));
    await Promise.all([...readers.values()].map((reader) => reader.close()));
    writers.clear();
    readers.clear();
  };
  const dropExports = async () => {
    await Promise.all([...writers.values()].map((writer) => writer.abort()));
    writers.clear();
  };
  const dropImports = async () => {
    await Promise.all([...readers.values()].map((reader) => reader.close()));
    readers.clear();
  };
  const writerOf = (session: string) => {
    const writer = writers.get(session);
    if (!writer) throw snapshotErrors.sessionGone();
    return writer;
  };

  return {
    async exportOpen({ clave, confirm, content }, meta) {
      deps.assertUnlocked();
      const company = currentCompany(meta);
      if ([...clave].length < SNAPSHOT_CLAVE_MIN_LENGTH) throw snapshotErrors.claveShort(SNAPSHOT_CLAVE_MIN_LENGTH);
      if (clave !== confirm) throw new SnapshotError('snapshot_clave_mismatch', 'Las dos claves no coinciden: escríbala igual en los dos campos.');
      const createdAt = now().toISOString();
      const path = await deps.paths.chooseSave(snapshotFileName(company.name, createdAt));
      if (path === null) return { status: 'cancelled' };
      await dropExports();
      const header: SnapshotHeader = { format: 1, company: { id: company.id, name: company.name }, createdAt, ...content };
      const writer = await createSnapshotWriter(path, clave, header, deps.kdf);
      const session = randomUUID();
      writers.set(session, writer);
      return { status: 'open', session, fileName: basename(path) };
    },
    async exportWrite(session, table, rows) {
      await writerOf(session).write(table, rows);
    },
    async exportClose(session) {
      const writer = writerOf(session);
      writers.delete(session);
      return writer.finish();
    },
    async importOpen(clave, meta) {
      deps.assertUnlocked();
      const company = currentCompany(meta);
      const path = await deps.paths.chooseOpen();
      if (path === null) return { status: 'cancelled' };
      await dropImports();
      const reader = await openSnapshotReader(path, clave);
      const mismatch = companyMismatch(reader.header.company, company);
      if (mismatch) {
        await reader.close();
        throw mismatch;
      }
      const session = randomUUID();
      readers.set(session, reader);
      const { format: _format, ...summary } = reader.header;
      return { status: 'open', session, fileName: basename(path), header: summary };
    },
    async importRead(session) {
      const reader = readers.get(session);
      if (!reader) throw snapshotErrors.sessionGone();
      try {
        const chunk = await reader.next();
        if (chunk) return { done: false, ...chunk };
      } catch (error) {
        readers.delete(session);
        await reader.close();
        throw error;
      }
      readers.delete(session);
      await reader.close();
      return { done: true };
    },
    async cancel(session) {
      const writer = writers.get(session);
      writers.delete(session);
      await writer?.abort();
      const reader = readers.get(session);
      readers.delete(session);
      await reader?.close();
    },
    closeAll: dropAll,
  };
}

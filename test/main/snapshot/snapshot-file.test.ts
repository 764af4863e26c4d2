import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { demoCompany, siigoCompanyId, siigoCompanyName, type Company } from '../../../src-shared/company';
import { FRAME_HEAD_BYTES, PREFIX_BYTES } from '../../../src-shared/snapshot/frame-layout';
import type { SnapshotContent } from '../../../src-shared/snapshot/snapshot-format';
import { AdminError, lockedError } from '../../../src-main/admin/admin-error';
import { headlessSnapshotPaths } from '../../../src-main/snapshot/snapshot-paths';
import { createSnapshotService, type SnapshotService } from '../../../src-main/snapshot/snapshot-service';

const CLAVE = 'Guayacán-2026 tienda';
const shop: Company = { id: siigoCompanyId('https://api.siigo.com', 'caja@tienda.co'), name: siigoCompanyName('https://api.siigo.com', 'caja@tienda.co') };
const otherShop: Company = { id: siigoCompanyId('https://api.siigo.com', 'otra@negocio.co'), name: siigoCompanyName('https://api.siigo.com', 'otra@negocio.co') };

const customers = Array.from({ length: 4500 }, (_, i) => ({ id: `c${i}`, name: `Cliente ${i} Peña`, identification: String(900_000 + i), lastUpdated: null }));
const products = Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, code: `P-${i}`, name: `Producto ${i}` }));
const content: SnapshotContent = {
  schemaVersion: 6,
  counts: { customers: customers.length, products: products.length },
  checkpoints: [{ entity: 'customers', checkpoint: '2026-12-05T15:00:00.000Z', fullPull: null }],
};

let dir: string;
let company: Company;
let locked: boolean;
const service = (): SnapshotService =>
  createSnapshotService({
    paths: headlessSnapshotPaths(dir),
    company: () => company,
    assertUnlocked: () => {
      if (locked) throw lockedError();
    },
    now: () => new Date('2026-12-05T20:30:00Z'),
  });

async function exportTo(snapshots: SnapshotService, clave = CLAVE): Promise<string> {
  const opened = await snapshots.exportOpen({ clave, confirm: clave, content }, { company: company.id });
  if (opened.status !== 'open') throw new Error('cancelled');
  for (let i = 0; i < customers.length; i += 2000) await snapshots.exportWrite(opened.session, 'customers', customers.slice(i, i + 2000));
  await snapshots.exportWrite(opened.session, 'products', products);
  return (await snapshots.exportClose(opened.session)).path;
}

async function importAll(snapshots: SnapshotService, clave = CLAVE) {
  const opened = await snapshots.importOpen(clave, { company: company.id });
  if (opened.status !== 'open') throw new Error('cancelled');
  const rows: Record<string, unknown[]> = {};
  for (;;) {
    const chunk = await snapshots.importRead(opened.session);
    if (chunk.done) break;
    (rows[chunk.table] ??= []).push(...chunk.rows);
  }
  return { header: opened.header, rows };
}

/** Frame boundaries of a file: [start, end) of each frame, the prefix excluded. */
function frames(bytes: Buffer): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let at = PREFIX_BYTES; at < bytes.length; ) {
    const end = at + FRAME_HEAD_BYTES + bytes.readUInt32BE(at);
    found.push([at, end]);
    at = end;
  }
  return found;
}

const refusal = async (snapshots: SnapshotService) => importAll(snapshots).then(() => null, (error: Error) => error.message);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mostrador-snapshot-'));
  company = shop;
  locked = false;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('snapshot files', () => {
  it('round trip: every row, the checkpoints and the company come back; the name has accents and spaces', async () => {
    const path = await exportTo(service());
    expect(path).toBe(join(dir, 'Base de caja@tienda.co · api.siigo.com 2026-12-05.mostrador-base'));
    // Only the final file is left: no temporary beside it.
    expect(await readdir(dir)).toEqual(['Base de caja@tienda.co · api.siigo.com 2026-12-05.mostrador-base']);
    const { header, rows } = await importAll(service());
    expect(header).toMatchObject({ company: shop, createdAt: '2026-12-05T20:30:00.000Z', ...content });
    expect(rows['customers']).toEqual(customers);
    expect(rows['products']).toEqual(products);
  });

  it('a wrong clave is refused in Spanish, and nothing is handed out', async () => {
    await exportTo(service());
    // One letter off (no accent) is another clave.
    await expect(service().importOpen('Guayacan-2026 tienda', { company: company.id })).rejects.toThrow('La clave no corresponde a este archivo.');
    // The same clave typed with a decomposed "á" (another keyboard) is the same clave.
    expect((await importAll(service(), CLAVE.normalize('NFD'))).rows['products']).toHaveLength(products.length);
  });

  it('the clave is at least 8 characters and typed twice the same', async () => {
    const snapshots = service();
    await expect(snapshots.exportOpen({ clave: 'corta', confirm: 'corta', content }, {})).rejects.toThrow('La clave debe tener al menos 8 caracteres.');
    await expect(snapshots.exportOpen({ clave: CLAVE, confirm: `${CLAVE}.`, content }, {})).rejects.toThrow('Las dos claves no coinciden');
    expect(await readdir(dir)).toEqual([]);
  });

  it('a flipped byte anywhere in a frame is refused as damage', async () => {
    const path = await exportTo(service());
    const original = await readFile(path);
    for (const [start, end] of frames(original)) {
      const bytes = Buffer.from(original);
      const at = Math.floor((start + FRAME_HEAD_BYTES + end) / 2);
      bytes[at] = bytes[at]! ^ 0x20;
      await writeFile(path, bytes);
      expect(await refusal(service())).toMatch(/^El archivo de la base está dañado o fue modificado/);
    }
  });

  it('a truncated file is refused, wherever it was cut', async () => {
    const path = await exportTo(service());
    const original = await readFile(path);
    const [, second] = frames(original);
    for (const length of [original.length - 1, second![1], second![0] + 10, PREFIX_BYTES + 3, 20]) {
      await writeFile(path, original.subarray(0, length));
      expect(await refusal(service())).toMatch(/^El archivo de la base está incompleto/);
    }
  });

  it('reordered frames, a frame dropped, one spliced from another file and bytes appended are each refused', async () => {
    const path = await exportTo(service());
    const original = await readFile(path);
    const parts = frames(original).map(([start, end]) => original.subarray(start, end));
    const prefix = original.subarray(0, PREFIX_BYTES);
    const damaged = /^El archivo de la base está dañado o fue modificado/;

    await writeFile(path, Buffer.concat([prefix, parts[0]!, parts[2]!, parts[1]!, ...parts.slice(3)]));
    expect(await refusal(service())).toMatch(damaged);
    await writeFile(path, Buffer.concat([prefix, parts[0]!, ...parts.slice(2)]));
    expect(await refusal(service())).toMatch(damaged);
    await writeFile(path, Buffer.concat([original, parts[1]!]));
    expect(await refusal(service())).toMatch(damaged);

    // Same clave, same company, another export: its frames do not fit this file's prefix.
    const other = await readFile(await exportTo(service()));
    const otherParts = frames(other).map(([start, end]) => other.subarray(start, end));
    await writeFile(path, Buffer.concat([prefix, parts[0]!, otherParts[1]!, ...parts.slice(2)]));
    expect(await refusal(service())).toMatch(damaged);
  });

  it('a file that is not a snapshot says so', async () => {
    await writeFile(join(dir, 'fotos.mostrador-base'), 'PK\u0003\u0004 no es una base');
    expect(await refusal(service())).toMatch(/^Este archivo no es una base de Mostrador/);
  });

  it('a prefix that asks scrypt for gigabytes is refused as damage, before any key is derived', async () => {
    const path = await exportTo(service());
    const bytes = await readFile(path);
    bytes[10] = 24; // log2 N: 2^24 × 128 × r bytes
    await writeFile(path, bytes);
    expect(await refusal(service())).toMatch(/^El archivo de la base está dañado o fue modificado/);
  });

  it('a snapshot of another company is refused before any row is handed out', async () => {
    await exportTo(service());
    company = otherShop;
    const snapshots = service();
    await expect(snapshots.importOpen(CLAVE, { company: company.id })).rejects.toThrow(
      'Este archivo es de otra empresa de Siigo, o de otro usuario de la API (caja@tienda.co · api.siigo.com): no se puede cargar en esta caja; expórtelo en una caja conectada con el mismo usuario.',
    );
  });

  it('a demo snapshot is refused by a real company, and a real one by the demo', async () => {
    company = demoCompany;
    await exportTo(service());
    company = shop;
    expect(await refusal(service())).toBe('Este archivo es de la empresa de demostración: no se puede cargar en una empresa real de Siigo.');

    await rm(dir, { recursive: true, force: true });
    dir = await mkdtemp(join(tmpdir(), 'mostrador-snapshot-'));
    await exportTo(service());
    company = demoCompany;
    expect(await refusal(service())).toBe('Este archivo es de una empresa real de Siigo (caja@tienda.co · api.siigo.com): no se puede cargar en la demostración.');
  });

  it('is refused while Administración is locked', async () => {
    locked = true;
    await expect(service().exportOpen({ clave: CLAVE, confirm: CLAVE, content }, {})).rejects.toBeInstanceOf(AdminError);
    await expect(service().importOpen(CLAVE, {})).rejects.toBeInstanceOf(AdminError);
  });

  it('an export cancelled half way leaves no file', async () => {
    const snapshots = service();
    const opened = await snapshots.exportOpen({ clave: CLAVE, confirm: CLAVE, content }, {});
    if (opened.status !== 'open') throw new Error('cancelled');
    await snapshots.exportWrite(opened.session, 'customers', customers.slice(0, 10));
    await snapshots.cancel(opened.session);
    expect(await readdir(dir)).toEqual([]);
    await expect(snapshots.exportClose(opened.session)).rejects.toThrow('La copia de la base se interrumpió');
  });

  it('the clave is nowhere in the file, in clear or in any encoding tried, nor in any log', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level));
    const path = await exportTo(service());
    await importAll(service());
    await expect(importAll(service(), 'no es la clave')).rejects.toThrow();
    const bytes = await readFile(path);
    for (const encoding of ['utf8', 'utf16le', 'latin1'] as const) expect(bytes.includes(Buffer.from(CLAVE, encoding))).toBe(false);
    expect(bytes.includes(Buffer.from(Buffer.from(CLAVE).toString('base64')))).toBe(false);
    // The company and the rows are inside the encryption too.
    expect(bytes.includes(Buffer.from('tienda.co'))).toBe(false);
    expect(bytes.includes(Buffer.from('Cliente 1'))).toBe(false);
    for (const spy of spies) {
      for (const call of spy.mock.calls) expect(JSON.stringify(call)).not.toContain(CLAVE);
      spy.mockRestore();
    }
  });
});

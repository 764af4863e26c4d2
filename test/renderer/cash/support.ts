import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { MostradorDB } from '../../../src-renderer/data/db';
import type { DocumentRow } from '../../../src-renderer/data/outbox/rows';

/** A fresh app database on its own fake-indexeddb. */
export function freshDb(name = 'mostrador:demo'): MostradorDB {
  return new MostradorDB(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}

/** The catalogs a Z report names things from: cash, card, credit; IVA 19 %. */
export async function seedCatalogs(db: MostradorDB): Promise<void> {
  await db.paymentTypes.bulkPut([
    { id: 100, active: true, documentTypes: ['FV', 'RC', 'NC'], siigo: { id: 100, name: 'Efectivo', due_date: false } },
    { id: 101, active: true, documentTypes: ['FV', 'RC', 'NC'], siigo: { id: 101, name: 'Tarjeta crédito', due_date: false } },
    { id: 102, active: true, documentTypes: ['FV', 'NC'], siigo: { id: 102, name: 'Crédito', due_date: true } },
  ]);
  await db.taxes.bulkPut([{ id: 13156, active: true, siigo: { id: 13156, name: 'IVA 19%', type: 'IVA', percentage: 19 } }]);
  await db.documentTypes.bulkPut([{ id: 24446, type: 'FV', active: true, siigo: { id: 24446, name: 'Factura POS', discount_type: 'Value' } }]);
  await db.users.bulkPut([
    { id: 7, active: true, siigo: { id: 7, first_name: 'Marta', last_name: 'Gómez', username: 'marta' } },
    { id: 8, active: true, siigo: { id: 8, first_name: 'Luis', last_name: 'Rojas', username: 'luis' } },
    { id: 9, active: false, siigo: { id: 9, first_name: 'Ana', last_name: 'Inactiva', username: 'ana' } },
  ]);
}

/** A confirmed sale stamped with a cash session, as the outbox stores it. */
export function saleRow(id: string, cashSessionId: string | null, payments: Array<{ id: number; value: number }>, price = 10000, state: DocumentRow['state'] = 'queued'): DocumentRow {
  return {
    id,
    kind: 'invoice',
    state,
    createdAt: '2025-03-14T14:00:00.000Z',
    updatedAt: '2025-03-14T14:00:00.000Z',
    body: { document: { id: 24446 }, date: '2025-03-14', items: [{ code: 'TOR-10', quantity: 1, price, taxes: [{ id: 13156 }] }], payments },
    operationId: null,
    dependsOn: [],
    refs: [],
    summary: { customerName: 'Consumidor final' },
    siigo: null,
    dian: null,
    counter: { cashSessionId, cashier: null, cashReceived: null, change: null },
  };
}

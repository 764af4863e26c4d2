import '../../support/dom-env';
import { render, type RenderResult } from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { ReactElement } from 'react';
import { companyDatabaseName, demoCompany } from '../../../../src-shared/company';
import type { AppDefaults, Issuer, RollWidth } from '../../../../src-shared/ipc/desktop';
import { defaultAppDefaults, defaultDesktop } from '../../../../src-main/settings/schema';
import { useApp } from '../../../../src-renderer/app/app-store';
import { ServicesContext, type Services } from '../../../../src-renderer/app/services';
import { MostradorDB } from '../../../../src-renderer/data/db';

/** Catalog ids of these tests (any numbers: nothing here talks to Siigo). */
export const IDS = {
  fvElectronic: 10,
  fvPaper: 11,
  creditNote: 20,
  receipt: 30,
  iva19: 1,
  iva5: 2,
  cash: 100,
  credit: 101,
  card: 102,
} as const;

export const ISSUER: Issuer = {
  name: 'Ferretería El Progreso S.A.S.',
  nit: '900123456',
  address: 'Cra. 50 # 45-12, Medellín',
  phone: '604 444 5566',
  resolution: 'Resolución DIAN 18764000000000 del 2026-01-15\nPrefijo FE del 1 al 10000, vigencia 24 meses',
};

/** The NIT as the receipt prints it, with the DIAN check digit (900123456 → 8). */
export const ISSUER_NIT_PRINTED = 'NIT 900.123.456-8';

/**
 * Screens' receipts over a real MostradorDB (fake-indexeddb) holding the catalogs a receipt
 * names things from, and Ajustes as main would give them. No sandbox: receipts only read.
 */
export async function receiptWorld(settings: { issuer?: Issuer; rollWidth?: RollWidth } = {}) {
  const db = new MostradorDB(companyDatabaseName(demoCompany.id), { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.documentTypes.bulkPut([
    { id: IDS.fvElectronic, type: 'FV', active: true, siigo: { id: IDS.fvElectronic, name: 'Factura electrónica de venta', type: 'FV', electronic_type: 'Electronicvoice', discount_type: 'Value' } },
    { id: IDS.fvPaper, type: 'FV', active: true, siigo: { id: IDS.fvPaper, name: 'Factura de venta POS', type: 'FV', electronic_type: 'NoElectronic' } },
    { id: IDS.creditNote, type: 'NC', active: true, siigo: { id: IDS.creditNote, name: 'Nota crédito', type: 'NC', electronic_type: 'Electronicvoice' } },
    { id: IDS.receipt, type: 'RC', active: true, siigo: { id: IDS.receipt, name: 'Recibo de caja', type: 'RC' } },
  ]);
  await db.taxes.bulkPut([
    { id: IDS.iva19, active: true, siigo: { id: IDS.iva19, name: 'IVA 19%', type: 'IVA', percentage: 19 } },
    { id: IDS.iva5, active: true, siigo: { id: IDS.iva5, name: 'IVA 5%', type: 'IVA', percentage: 5 } },
  ]);
  await db.paymentTypes.bulkPut([
    { id: IDS.cash, active: true, documentTypes: ['FV', 'NC', 'RC'], siigo: { id: IDS.cash, name: 'Efectivo', type: 'Cartera', due_date: false } },
    { id: IDS.credit, active: true, documentTypes: ['FV', 'NC'], siigo: { id: IDS.credit, name: 'Crédito', type: 'Cartera', due_date: true } },
    { id: IDS.card, active: true, documentTypes: ['FV', 'RC'], siigo: { id: IDS.card, name: 'Tarjeta débito', type: 'Cartera', due_date: false } },
  ]);
  const defaults: AppDefaults = { ...defaultAppDefaults, issuer: settings.issuer ?? ISSUER, rollWidth: settings.rollWidth ?? '80' };
  useApp.setState({
    settings: {
      defaults,
      desktop: defaultDesktop,
      secretStorage: { kind: 'session-only', description: 'Memoria', warning: null, canAcceptPlainText: false },
    },
  });
  const services = { company: demoCompany, db } as unknown as Services;
  return {
    db,
    render: (element: ReactElement): RenderResult => render(<ServicesContext.Provider value={services}>{element}</ServicesContext.Provider>),
    async close() {
      db.close();
      useApp.setState({ settings: null });
    },
  };
}

export { documentRow } from '../../support/document-row';

/** A CUFE's shape: 96 hexadecimal characters (SHA-384). */
export const CUFE = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9';

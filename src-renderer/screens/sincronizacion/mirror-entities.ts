import type { MostradorDB } from '../../data/db';
import type { SyncStateRow } from '../../data/mirror/rows';
import type { MirrorEntity } from '../../sync/pull/pull-events';
import { mirrorSyncStates } from '../../sync/pull/sync-state';

export const entityLabels: Record<MirrorEntity, string> = {
  customers: 'Clientes',
  products: 'Productos',
  catalogs: 'Catálogos (tipos de documento, formas de pago, impuestos, vendedores, bodegas, listas de precios, centros de costo)',
};

export interface MirrorEntityView {
  entity: MirrorEntity;
  rows: number;
  state: SyncStateRow;
}

/** Every mirrored entity with how many rows this PC holds (catalogs: all their tables together). */
export async function mirrorEntityViews(db: MostradorDB): Promise<MirrorEntityView[]> {
  const [states, customers, products, ...catalogs] = await Promise.all([
    mirrorSyncStates(db),
    db.customers.count(),
    db.products.count(),
    db.documentTypes.count(),
    db.paymentTypes.count(),
    db.taxes.count(),
    db.users.count(),
    db.warehouses.count(),
    db.priceLists.count(),
    db.costCenters.count(),
  ]);
  const rows: Record<MirrorEntity, number> = { customers, products, catalogs: catalogs.reduce((sum, n) => sum + n, 0) };
  return states.map((state) => ({ entity: state.entity as MirrorEntity, rows: rows[state.entity as MirrorEntity], state }));
}

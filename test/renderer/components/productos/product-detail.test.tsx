// Node environment + happy-dom document (see ../cartera/install-dom.ts): the sandbox is reached with Node's fetch.
import '../../support/node-dom';
import { cleanup, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ProductosScreen } from '../../../../src-renderer/screens/productos/ProductosScreen';
import { createMirrorSync } from '../../../../src-renderer/sync/pull/mirror-sync';
import { startHarness, type Harness } from '../../support/harness';
import { renderScreen } from '../cartera/render-screen';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ size: { customers: 5, products: 60 } });
  await createMirrorSync({ db: h.db, bridge: h.bridge }).pull({ only: ['products', 'catalogs'] });
});
afterAll(() => h.close());
afterEach(cleanup);

describe('Productos', () => {
  it('shows stock per warehouse and the total available, prices per list with taxes', async () => {
    const product = (await h.db.products.toArray()).find((row) => (row.siigo.warehouses?.length ?? 0) > 1)!;
    renderScreen(h, ProductosScreen, 'productos', product.id);
    const stock = await screen.findByRole('table', { name: 'Existencias por bodega' }, { timeout: 5000 });
    const rows = within(stock).getAllByRole('row').map((row) => row.textContent);
    for (const warehouse of product.siigo.warehouses ?? []) {
      expect(rows.some((text) => text?.startsWith(warehouse.name ?? '') && text.endsWith(new Intl.NumberFormat('es-CO').format(warehouse.quantity ?? 0)))).toBe(true);
    }
    expect(rows.at(-1)).toBe(`Total disponible${new Intl.NumberFormat('es-CO').format(product.siigo.available_quantity ?? 0)}`);
    expect(screen.getByRole('table', { name: 'Precios por lista' })).toBeTruthy();
  });
});

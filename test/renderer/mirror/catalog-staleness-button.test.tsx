// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"fetch":{"disableSameOriginPolicy":true}}}
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SincronizacionScreen } from '../../../src-renderer/screens/sincronizacion/SincronizacionScreen';
import { CATALOG_REQUESTS } from '../../../src-renderer/sync/pull/catalog-pull';
import { createPullScheduler } from '../../../src-renderer/sync/pull/pull-scheduler';
import { startScreenHarness, type ScreenHarness } from '../components/documentos/support/screen-harness';

let t: ScreenHarness;
afterEach(async () => {
  await t?.close();
});

const CATALOG_PATHS = /^\/v1\/(document-types|payment-types|taxes|users|warehouses|price-lists|cost-centers)$/;

describe('Sincronización: "Actualizar catálogos"', () => {
  it('downloads the catalogs at once although they are fresh', async () => {
    t = await startScreenHarness();
    let last: Promise<void> = Promise.resolve();
    // The app's scheduler passes the request on to the mirror (services.ts).
    t.services.pulls = createPullScheduler({ run: (request) => (last = t.services.mirror.pull(request)), intervalMs: 0 });
    await t.services.pulls.pullNow();
    const before = t.h.sandbox.requestCount();
    await t.services.pulls.pullNow();
    expect(t.h.sandbox.requestsSince(before).filter((r) => CATALOG_PATHS.test(r.path))).toHaveLength(0);

    t.render(<SincronizacionScreen />);
    const row = await screen.findByRole('row', { name: /^Catálogos/ });
    const forcedFrom = t.h.sandbox.requestCount();
    fireEvent.click(within(row).getByRole('button', { name: 'Actualizar catálogos' }));
    await waitFor(() => expect(t.h.sandbox.requestsSince(forcedFrom).filter((r) => CATALOG_PATHS.test(r.path))).toHaveLength(CATALOG_REQUESTS));
    await last;
  });
});

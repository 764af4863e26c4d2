import { describe, expect, it } from 'vitest';
import { appPerTest } from './support/app';

const openApp = appPerTest();

describe('first start', () => {
  it('starts in demo mode and imports the mirror with visible progress', async () => {
    // A bigger demo company and a slow list endpoint, so the import is long enough to watch.
    const app = await openApp({
      sandbox: { size: { customers: 3000, products: 1500 }, faults: [{ method: 'GET', path: '/v1/customers', kind: 'latency', ms: 120 }] },
    });
    const { page } = app;
    await expect(page.getByRole('note').textContent()).resolves.toContain('Modo demostración');
    const progress = page.getByRole('progressbar', { name: /Importando clientes/ });
    await progress.waitFor({ state: 'visible' });
    await app.screenshot('first-start-importing');
    await app.waitForAppEvent('mirror-pulled', () => true, 30_000);
    await expect(progress.count()).resolves.toBe(0);
    await app.screenshot('first-start-ready');
  }, 60_000);
});

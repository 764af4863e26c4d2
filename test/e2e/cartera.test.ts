import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../src-main/siigo-sandbox';
import type { SandboxContext } from '../../src-main/siigo-sandbox/domain/context';
import { createInvoice } from '../../src-main/siigo-sandbox/domain/create-invoice';
import { createPrng } from '../../src-main/siigo-sandbox/prng';
import { formatCop } from '../../src-shared/money/format-cop';
import { colombiaToday } from '../../src-shared/validation';
import { appPerTest, screenshotDir, type RunningApp } from './support/app';
import { scanner, type OutboxDetail } from './support/counter';

const openApp = appPerTest();

/** Σ of Siigo's open balances, in pesos with cents, as the sandbox holds them. */
const openBalances = (app: RunningApp) => app.sandbox.store.invoices.reduce((sum, inv) => sum + Math.round(inv.balance * 100), 0) / 100;

async function openStatement(app: RunningApp, identification: string) {
  const { page } = app;
  await page.keyboard.press('Alt+3');
  await page.getByLabel('Buscar cliente').first().fill(identification);
  await page.getByRole('list', { name: 'Clientes encontrados' }).getByRole('button', { name: new RegExp(identification) }).click();
}

/**
 * The letter recibo as the print dialog would get it: "Imprimir en carta" fills the print root
 * and calls window.print(); the stand-in keeps a copy of that root and its @page rule after the
 * app removes them, so page.pdf() (print media) prints exactly that page.
 */
async function letterPdf(app: RunningApp, name: string): Promise<string> {
  const { page } = app;
  await page.evaluate(() => {
    window.print = () => {
      const root = document.getElementById('receipt-print-root')!.cloneNode(true) as HTMLElement;
      const style = document.getElementById('receipt-page-style')!.cloneNode(true) as HTMLElement;
      root.dataset['kept'] = 'true';
      setTimeout(() => {
        document.body.appendChild(root);
        document.head.appendChild(style);
      }, 0);
    };
  });
  await page.getByRole('button', { name: 'Imprimir en carta' }).click();
  await page.locator('#receipt-print-root[data-kept="true"] .letter-sheet').waitFor({ state: 'attached' });
  const pdf = join(screenshotDir, `${name}.pdf`);
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  await page.evaluate(() => {
    document.getElementById('receipt-print-root')?.remove();
    document.getElementById('receipt-page-style')?.remove();
  });
  execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', pdf, join(screenshotDir, name)]);
  return pdf;
}

const DAY_MS = 86_400_000;

/**
 * Credit invoices fallen due 12, 45, 75 and 120 days ago (the sandbox's seed has only recent
 * ones), put in its store through its own invoice code as its seed does.
 */
function addOverdueInvoices(app: RunningApp): void {
  const { sandbox } = app;
  const ctx: SandboxContext = { store: sandbox.store, now: () => new Date(Date.now() - 200 * DAY_MS), ids: createPrng(7), baseUrl: () => sandbox.url, stamp: { delayMs: 0, reject: () => false } };
  const customers = sandbox.store.customers.filter((c) => c.active && c.contacts.length > 0).slice(-8);
  const product = sandbox.store.products.find((p) => p.active)!;
  const today = Date.parse(`${colombiaToday(new Date())}T00:00:00Z`);
  [12, 45, 75, 120, 120, 45].forEach((daysAgo, i) => {
    const value = 150_000 + i * 37_500;
    const customer = customers[i % 4]!;
    createInvoice(
      ctx,
      {
        document: { id: DEMO_IDS.documentTypes.fvPaper },
        date: new Date(today - (daysAgo + 30) * DAY_MS).toISOString().slice(0, 10),
        customer: { identification: customer.identification, branch_office: customer.branch_office },
        seller: DEMO_IDS.users.main,
        items: [{ code: product.code, quantity: 1, price: value, taxes: [] }],
        payments: [{ id: DEMO_IDS.paymentTypes.credit, value, due_date: new Date(today - daysAgo * DAY_MS).toISOString().slice(0, 10) }],
      },
      { seeding: true },
    );
  });
}

describe('Cartera', () => {
  it('a partial payment lowers the balance at once, marked pending, until Siigo confirms it; the recibo prints on the roll and on letter', async () => {
    const app = await openApp();
    const { page, sandbox } = app;
    await app.waitForAppEvent('mirror-pulled', () => true, 30_000);
    // The shop's details as Ajustes › Recibo keeps them, for the letter's header.
    const saved = await page.evaluate(async () => {
      const response = await fetch('/bridge/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          channel: 'settings:set',
          input: { defaults: { issuer: { name: 'Ferretería El Progreso S.A.S.', nit: '900123456', address: 'Cra. 50 # 45-12, Medellín', phone: '604 444 5566' } } },
        }),
      });
      return response.ok;
    });
    expect(saved).toBe(true);
    await page.reload();
    await scanner(page).waitFor({ timeout: 30_000 });
    const owed = sandbox.store.invoices.find((invoice) => invoice.balance > 2000)!;
    const before = owed.balance;
    const partial = Math.floor(before / 2);
    const left = before - partial;
    const row = () => page.getByRole('row').filter({ has: page.getByLabel(`Pagar ${owed.name}`) });

    await openStatement(app, owed.customer.identification);
    await row().getByText(formatCop(before)).first().waitFor();
    // Siigo takes its time to take the receipt: the statement must not wait for it.
    sandbox.addFault({ method: 'POST', path: '/v1/vouchers', kind: 'latency', ms: 8_000, times: 1 });
    await page.getByLabel(`Pagar ${owed.name}`).check();
    await page.getByLabel(`Valor a abonar ${owed.name}`).fill(String(partial));
    app.clearAppEvents();
    await page.getByRole('button', { name: /Registrar pago/ }).click();
    await page.getByRole('heading', { name: 'Recibo de caja registrado' }).waitFor();

    const roll = page.locator('.receipt-frame .receipt-printable');
    await roll.getByText(formatCop(partial)).first().waitFor();
    await roll.screenshot({ path: join(screenshotDir, 'recibo-caja-80mm.png') });
    await letterPdf(app, 'recibo-caja-carta');

    await page.getByRole('button', { name: 'Volver al estado de cuenta' }).click();
    // Lowered at once, before Siigo has the receipt (its balance is still the old one) and before any refresh.
    await row().getByText(formatCop(left)).first().waitFor();
    await expect(row().textContent()).resolves.toContain('pendiente de confirmar en Siigo');
    await expect(page.getByText('Abonos pendientes de confirmar en Siigo').textContent()).resolves.toContain(formatCop(partial));
    expect(sandbox.store.invoices.find((i) => i.id === owed.id)!.balance).toBe(before);
    await app.screenshot('cartera-abono-pendiente');

    // Sent; the account is fetched again in the background and Siigo's balance replaces the mark.
    await app.waitForAppEvent<OutboxDetail>('outbox', (s) => !s.running && s.pending === 0, 30_000);
    const siigoBalance = sandbox.store.invoices.find((i) => i.id === owed.id)!.balance;
    expect(siigoBalance).toBe(left);
    await row().getByText('pendiente de confirmar en Siigo').waitFor({ state: 'detached', timeout: 15_000 });
    await expect(row().textContent()).resolves.toContain(formatCop(siigoBalance));
    await expect(page.getByText('Abonos pendientes de confirmar en Siigo').count()).resolves.toBe(0);
    expect(sandbox.created().filter((c) => c.resource === 'vouchers')).toHaveLength(1);
    await app.screenshot('cartera-abono-confirmado');
  }, 120_000);

  it('the receivables view, fetched online, then used offline with the time of its data', async () => {
    const app = await openApp();
    const { page, sandbox } = app;
    await app.waitForAppEvent('mirror-pulled', () => true, 30_000);
    addOverdueInvoices(app);
    await page.keyboard.press('Alt+3');
    await page.getByRole('button', { name: 'Cuentas por cobrar' }).click();
    const status = page.getByTestId('receivables-status');
    await status.getByText(/^Datos de Siigo del \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/).waitFor({ timeout: 15_000 });
    const totals = page.getByTestId('receivables-totals');
    await expect(totals.textContent()).resolves.toContain(formatCop(openBalances(app)));
    const debtors = new Set(sandbox.store.invoices.filter((i) => i.balance > 0).map((i) => i.customer.identification));
    await expect(page.getByRole('table', { name: 'Cuentas por cobrar por edades' }).locator('tbody tr').count()).resolves.toBe(debtors.size);
    const fetched = (await status.textContent())!;
    await app.screenshot('cuentas-por-cobrar');

    // The internet goes down and the app is opened again: the view still works, from this PC.
    await sandbox.setReachable(false);
    await page.reload();
    await scanner(page).waitFor({ timeout: 30_000 });
    await page.keyboard.press('Alt+3');
    await page.getByRole('button', { name: 'Cuentas por cobrar' }).click();
    await page.getByRole('button', { name: 'Actualizar' }).click();
    await status.getByText(`${fetched} (sin conexión)`).waitFor({ timeout: 20_000 });
    await expect(totals.textContent()).resolves.toContain(formatCop(openBalances(app)));
    await app.screenshot('cuentas-por-cobrar-sin-conexion');

    // A customer opens its statement, from the cached account or at least its name.
    const first = page.getByRole('table', { name: 'Cuentas por cobrar por edades' }).locator('tbody tr').first();
    const name = (await first.getByRole('button').textContent())!;
    await first.getByRole('button').click();
    await page.getByRole('heading', { name, level: 2 }).waitFor();
  }, 120_000);
});

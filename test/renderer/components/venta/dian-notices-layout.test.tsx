// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"fetch": {"disableSameOriginPolicy": true}}}
import { act, fireEvent, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { useApp } from '../../../../src-renderer/app/app-store';
import { StatusBar } from '../../../../src-renderer/app/StatusBar';
import { VentaScreen } from '../../../../src-renderer/screens/venta/VentaScreen';
import type { DianStatusChange } from '../../../../src-renderer/sync/stamp/stamp-watch';
import { renderWith, screenHarnessPerFile } from './venta-harness';

const s = screenHarnessPerFile();
beforeEach(() => {
  useApp.setState({ dianNotices: [] });
});

const notice = (n: number): DianStatusChange => n % 4 === 0
  ? { documentId: `doc-${n}`, kind: 'invoice', name: `FV-1-${n}`, status: 'Rejected', cufe: null, errors: ['Regla: FAK24, Rechazo: No está informado el documento del adquiriente o es inválido.'] }
  : { documentId: `doc-${n}`, kind: 'invoice', name: `FV-1-${n}`, status: 'Accepted', cufe: `cufe-${n}`, errors: [] };

/** The window as App lays it out: the screen in <main>, the status bar after it. */
function renderWindow() {
  return renderWith(
    s.services,
    <div className="shell">
      <main className="content">
        <VentaScreen />
      </main>
      <StatusBar />
    </div>,
  );
}

const disjoint = (a: Element, b: Element) => !a.contains(b) && !b.contains(a);

describe('DIAN notices at the counter', () => {
  it('never sit over the totals or "Confirmar venta", however many arrive', async () => {
    const { container } = renderWindow();
    const confirm = await screen.findByRole('button', { name: 'Confirmar venta' });
    const totals = screen.getByLabelText('Totales');
    act(() => useApp.getState().pushDian(Array.from({ length: 40 }, (_, i) => notice(i + 1))));

    const bar = container.querySelector('footer.status-bar')!;
    const sale = screen.getByRole('region', { name: 'Venta' });
    // All of it is in the status bar, after the screen and outside it: one count, one line.
    const toggle = within(bar as HTMLElement).getByRole('button', { name: /^Avisos de la DIAN: 40/ });
    expect(within(bar as HTMLElement).getAllByText(/^FV-1-\d+ (aceptada|rechazada)/)).toHaveLength(1);
    expect(within(sale).queryByText(/FV-1-/)).toBeNull();
    for (const part of [confirm, totals]) expect(disjoint(bar, part)).toBe(true);
    expect(container.querySelector('main')!.compareDocumentPosition(bar) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    // Opened, the whole list is a row of the status bar too, above its line.
    fireEvent.click(toggle);
    const list = within(bar as HTMLElement).getByRole('region', { name: 'Avisos de la DIAN' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(40);
    expect(bar.firstElementChild).toBe(list);
    for (const part of [confirm, totals]) expect(disjoint(list, part)).toBe(true);
    expect(within(sale).queryByText(/FV-1-/)).toBeNull();
  });

  it('are laid out in the flow: no rule of theirs or of the status bar takes them out of it', () => {
    // What keeps them off the confirm button is that nothing floats: were any of these rules
    // fixed, absolute or sticky, the list could be drawn over the screen again.
    const css = readFileSync(join(import.meta.dirname, '../../../../src-renderer/styles.css'), 'utf8');
    const rules = [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector, body]) => ({ selector: selector!.trim(), body: body! }));
    const theirs = rules.filter((rule) => /\.(dian-|status-)/.test(rule.selector));
    expect(theirs.length).toBeGreaterThan(10);
    for (const rule of theirs) expect(`${rule.selector} { ${rule.body} }`).not.toMatch(/position\s*:\s*(fixed|absolute|sticky)/);
    // No floating container for notices at all.
    expect(css).not.toMatch(/\.notices\b/);
  });
});

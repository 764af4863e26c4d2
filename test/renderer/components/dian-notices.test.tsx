// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useApp } from '../../../src-renderer/app/app-store';
import { ACCEPTED_NOTICE_MS, DianNoticeList, DianNotices } from '../../../src-renderer/app/DianNotices';
import type { DianStatusChange } from '../../../src-renderer/sync/stamp/stamp-watch';

(globalThis as Record<string, unknown>)['IS_REACT_ACT_ENVIRONMENT'] = true;

/** The status bar's wiring of the two parts: the list above the bar's line, the badge in it. */
function NoticeArea() {
  const [open, setOpen] = useState(false);
  return (
    <footer aria-label="Sincronización">
      {open && <DianNoticeList onClose={() => setOpen(false)} />}
      <div>
        <DianNotices open={open} onOpenChange={setOpen} />
      </div>
    </footer>
  );
}

const accepted = (n: number): DianStatusChange => ({ documentId: `doc-${n}`, kind: 'invoice', name: `FV-1-${n}`, status: 'Accepted', cufe: `cufe-${n}`, errors: [] });
const rejected = (n: number): DianStatusChange => ({ documentId: `doc-${n}`, kind: 'invoice', name: `FV-1-${n}`, status: 'Rejected', cufe: null, errors: ['Regla: FAK24, Rechazo: No está informado el documento del adquiriente'] });
const push = (...changes: DianStatusChange[]) => act(() => useApp.getState().pushDian(changes));
const toggle = () => screen.getByRole('button', { name: /^Avisos de la DIAN/ });
const list = () => screen.getByRole('region', { name: 'Avisos de la DIAN' });

beforeEach(() => {
  vi.useFakeTimers();
  useApp.setState({ dianNotices: [], navigation: { screen: 'venta' } });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the DIAN notices', () => {
  it('gathers any number of answers behind one count, showing only the newest on the line', () => {
    render(<NoticeArea />);
    expect(screen.queryByRole('button', { name: /^Avisos de la DIAN/ })).toBeNull();
    push(...Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? rejected(i + 1) : accepted(i + 1))));
    expect(toggle().textContent).toBe('DIAN 12');
    expect(toggle().getAttribute('aria-label')).toBe('Avisos de la DIAN: 12, 4 por revisar');
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    // One line, the newest: not twelve boxes.
    expect(screen.getByRole('status').textContent).toBe('FV-1-12 aceptada' + 'Ver');
    expect(within(screen.getByRole('status')).getByTitle('Factura FV-1-12 aceptada por la DIAN')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Avisos de la DIAN' })).toBeNull();
  });

  it('names a credit note as such, never as an invoice', () => {
    render(<NoticeArea />);
    push({ documentId: 'nc-1', kind: 'creditNote', name: 'NC-1-5', status: 'Accepted', cufe: 'cude-1', errors: [] });
    expect(within(screen.getByRole('status')).getByTitle('Nota crédito NC-1-5 aceptada por la DIAN')).toBeTruthy();
    expect(within(screen.getByRole('status')).getByRole('button', { name: 'Ver la nota crédito NC-1-5' })).toBeTruthy();
  });

  it('lists them newest first, each with Ver and its own close, and one "Cerrar todo"', () => {
    render(<NoticeArea />);
    push(rejected(1), accepted(2), rejected(3));
    fireEvent.click(toggle());
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    const items = within(list()).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.dian-notice-text')?.textContent)).toEqual([
      'Factura FV-1-3 rechazada por la DIAN: Regla: FAK24, Rechazo: No está informado el documento del adquiriente',
      'Factura FV-1-2 aceptada por la DIAN',
      'Factura FV-1-1 rechazada por la DIAN: Regla: FAK24, Rechazo: No está informado el documento del adquiriente',
    ]);
    fireEvent.click(within(items[1]!).getByRole('button', { name: /^Cerrar aviso/ }));
    expect(within(list()).getAllByRole('listitem')).toHaveLength(2);
    fireEvent.click(within(list()).getByRole('button', { name: 'Cerrar todo' }));
    expect(useApp.getState().dianNotices).toEqual([]);
    expect(screen.queryByRole('region', { name: 'Avisos de la DIAN' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Avisos de la DIAN/ })).toBeNull();
  });

  it('"Ver" opens the invoice in Documentos and the notice goes', () => {
    render(<NoticeArea />);
    push(rejected(7), accepted(8));
    fireEvent.click(toggle());
    fireEvent.click(within(list()).getByRole('button', { name: 'Ver la factura FV-1-7' }));
    expect(useApp.getState().navigation).toEqual({ screen: 'documentos', focusId: 'doc-7' });
    expect(useApp.getState().dianNotices.map((n) => n.documentId)).toEqual(['doc-8']);
    // The line's "Ver" does the same for the newest one.
    fireEvent.click(toggle());
    fireEvent.click(within(screen.getByRole('status')).getByRole('button', { name: 'Ver la factura FV-1-8' }));
    expect(useApp.getState().navigation).toEqual({ screen: 'documentos', focusId: 'doc-8' });
    expect(useApp.getState().dianNotices).toEqual([]);
  });

  it('lets accepted invoices go by themselves and keeps rejections until seen', () => {
    render(<NoticeArea />);
    push(rejected(1), accepted(2));
    act(() => vi.advanceTimersByTime(ACCEPTED_NOTICE_MS - 100));
    push(accepted(3));
    act(() => vi.advanceTimersByTime(100));
    expect(useApp.getState().dianNotices.map((n) => n.documentId)).toEqual(['doc-1', 'doc-3']);
    act(() => vi.advanceTimersByTime(ACCEPTED_NOTICE_MS));
    expect(useApp.getState().dianNotices.map((n) => n.documentId)).toEqual(['doc-1']);
    act(() => vi.advanceTimersByTime(60 * 60_000));
    expect(toggle().textContent).toBe('DIAN 1');
    expect(screen.getByRole('status').textContent).toMatch(/^FV-1-1 rechazada: Regla: FAK24/);
  });

  it('closes the list with Esc without the key reaching the screen (Venta would cancel the sale)', () => {
    const screenKeys = vi.fn();
    window.addEventListener('keydown', screenKeys);
    try {
      render(<NoticeArea />);
      push(rejected(1));
      fireEvent.click(toggle());
      fireEvent.keyDown(within(list()).getByRole('button', { name: 'Cerrar todo' }), { key: 'Escape' });
      expect(screen.queryByRole('region', { name: 'Avisos de la DIAN' })).toBeNull();
      expect(document.activeElement).toBe(toggle());
      expect(screenKeys).not.toHaveBeenCalled();
    } finally {
      window.removeEventListener('keydown', screenKeys);
    }
  });
});

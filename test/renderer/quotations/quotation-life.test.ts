import { describe, expect, it } from 'vitest';
import { mayEditQuotation, quotationLife } from '../../../src-renderer/screens/cotizaciones/quotation-life';
import { quotationBodyFrom, quotationDraftFrom, quotationSummary, quotationUpdateFrom, emptyQuotation, type QuotationDraft } from '../../../src-renderer/screens/cotizaciones/quotation-draft';
import { draftBodyFrom } from '../../../src-renderer/screens/venta/sale';
import { freshDb } from '../cash/support';
import { quotationMailto } from '../../../src-renderer/screens/cotizaciones/quotation-mail';
import type { CartLine } from '../../../src-renderer/forms/lines/cart-lines';

const today = '2026-03-14';
const life = (state: Parameters<typeof quotationLife>[0]['state'], validUntil: string, invoice: Parameters<typeof quotationLife>[0] | null = null) =>
  quotationLife({ state }, { validUntil, invoice }, today);

describe('the life of a quotation', () => {
  it('goes from draft to queued to sent', () => {
    expect(life('draft', '2026-04-13')).toBe('borrador');
    expect(life('queued', '2026-04-13')).toBe('en_cola');
    expect(life('sending', '2026-04-13')).toBe('en_cola');
    expect(life('retrying', '2026-04-13')).toBe('en_cola');
    expect(life('sent', '2026-04-13')).toBe('enviada');
    expect(life('needs_attention', '2026-04-13')).toBe('atencion');
  });

  it('is invoiced once an invoice made from it is confirmed, whatever its date', () => {
    expect(life('sent', '2026-04-13', { state: 'queued' })).toBe('facturada');
    expect(life('sent', '2026-04-13', { state: 'sent' })).toBe('facturada');
    expect(life('sent', '2026-03-01', { state: 'needs_attention' })).toBe('facturada');
    // Queued quotations may be converted before Siigo has them.
    expect(life('queued', '2026-04-13', { state: 'queued' })).toBe('facturada');
  });

  it('is free again when its sale is still open or its invoice was discarded', () => {
    expect(life('sent', '2026-04-13', { state: 'draft' })).toBe('enviada');
    expect(life('sent', '2026-04-13', { state: 'discarded' })).toBe('enviada');
  });

  it('expires the day after its validity date, not on it', () => {
    expect(life('sent', today)).toBe('enviada');
    expect(life('sent', '2026-03-13')).toBe('vencida');
    expect(life('queued', '2026-03-13')).toBe('vencida');
    expect(life('sent', '')).toBe('enviada');
  });

  it('asks for attention when Siigo refused it or an edit of it, even past its date', () => {
    expect(life('needs_attention', '2026-03-01')).toBe('atencion');
    expect(quotationLife({ state: 'sent' }, { validUntil: '2026-03-01', invoice: null, refusedEdit: true }, today)).toBe('atencion');
    expect(quotationLife({ state: 'sent' }, { validUntil: '2026-04-13', invoice: null, refusedEdit: true }, today)).toBe('atencion');
    expect(quotationLife({ state: 'sent' }, { validUntil: '2026-03-01', invoice: { state: 'sent' }, refusedEdit: true }, today)).toBe('facturada');
  });

  it('never expires as a draft or once discarded', () => {
    expect(life('draft', '2020-01-01')).toBe('borrador');
    expect(life('discarded', '2020-01-01')).toBe('descartada');
  });

  it('can be edited until it is invoiced or discarded', () => {
    expect(mayEditQuotation('enviada')).toBe(true);
    expect(mayEditQuotation('vencida')).toBe(true);
    expect(mayEditQuotation('en_cola')).toBe(true);
    expect(mayEditQuotation('facturada')).toBe(false);
    expect(mayEditQuotation('descartada')).toBe(false);
  });
});

const line = (key: string, price: string): CartLine => ({ key, code: key.toUpperCase(), description: key, quantity: '1', price, discount: '', taxes: [] });

describe('a quotation draft', () => {
  it('keeps its price list across a restart, never in what goes to Siigo', async () => {
    const db = freshDb();
    const draft: QuotationDraft = { ...emptyQuotation('2026-03-14'), priceListId: 2767, lines: [line('a', '1000')] };
    const settings = { documentTypeId: null, sellerId: 7, costCenterId: null, today: '2026-03-14', discountKind: 'value' } as const;
    const saved = { body: draftBodyFrom(quotationBodyFrom(draft, settings), draft), summary: quotationSummary(draft, 'value') };
    expect((await quotationDraftFrom(db, saved)).priceListId).toBe(2767);
    expect(quotationBodyFrom(draft, settings)).not.toHaveProperty('mostrador_price_list_id');
    db.close();
  });

  it('names its validity even when cleared, so an emptied "Válida hasta" replaces the old date', () => {
    const summary = quotationSummary({ ...emptyQuotation('2026-03-14'), validUntil: '' }, 'value');
    expect(Object.keys(summary)).toContain('label');
    expect({ ...{ label: 'Válida hasta 30/03/2026' }, ...summary }.label).toBeUndefined();
  });
});

describe('an edit of a quotation', () => {
  it('replaces date, seller, items and observations and keeps type, customer and cost center', () => {
    const draft: QuotationDraft = { ...emptyQuotation('2026-03-14'), date: '2026-03-16', sellerId: 8, notes: 'Entrega en obra', lines: [line('a', '1000')] };
    const body = quotationUpdateFrom(
      { document: { id: 5 }, date: '2026-03-14', customer: { identification: '900123456', branch_office: 0 }, cost_center: 3, seller: 7, observations: 'Antes', items: [] },
      draft,
      { documentTypeId: 99, sellerId: 7, costCenterId: 1, today: '2026-03-14', discountKind: 'value' },
    );
    expect(body).toEqual({
      document: { id: 5 },
      date: '2026-03-16',
      customer: { identification: '900123456', branch_office: 0 },
      cost_center: 3,
      seller: 8,
      observations: 'Entrega en obra',
      items: [{ code: 'A', description: 'a', quantity: 1, price: 1000, taxes: [] }],
    });
  });

  it('never sends the validity to Siigo (Siigo has no such field)', () => {
    const draft: QuotationDraft = { ...emptyQuotation('2026-03-14'), lines: [line('a', '1000')] };
    const body = quotationUpdateFrom({ observations: 'Válida hasta 30/03/2026\nNota' }, draft, { documentTypeId: null, sellerId: 7, costCenterId: null, today: '2026-03-14', discountKind: 'value' });
    expect(body.observations).toBeUndefined();
    expect(draft.validUntil).toBe('2026-04-13');
  });
});

describe('the quotation by e-mail', () => {
  it('opens a message to the customer with a Spanish subject and body, asking to attach the PDF', () => {
    const url = quotationMailto({ to: 'compras@obra.co', number: 'C-1-23', issuerName: 'Ferretería El Tornillo', customerName: 'Constructora Andina', total: '$ 119.000', validUntil: '13/04/2026' });
    const parsed = new URL(url);
    expect(parsed.protocol).toBe('mailto:');
    expect(parsed.pathname).toBe('compras@obra.co');
    expect(parsed.searchParams.get('subject')).toBe('Cotización C-1-23 de Ferretería El Tornillo');
    expect(parsed.searchParams.get('body')).toContain('Adjuntamos la cotización C-1-23 de Ferretería El Tornillo, por un total de $ 119.000, válida hasta el 13/04/2026.');
    expect(url).not.toContain('+');
    // Line breaks as RFC 6068 asks: CRLF, never a bare LF.
    expect(url).toContain('%0D%0A');
    expect(url.replace(/%0D%0A/g, '')).not.toContain('%0A');
  });
});

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { colombiaToday } from '../../../src-shared/validation';
import { useApp } from '../../app/app-store';
import { useDefaults } from '../../app/defaults';
import { useServices } from '../../app/services';
import type { SaleItem } from '../../data/mirror/sale-item';
import type { DocumentRow } from '../../data/outbox/rows';
import { CustomerPicker } from '../../forms/customer/CustomerPicker';
import { FieldErrors } from '../../forms/FieldErrors';
import { messagesAt, otherIssues } from '../../forms/issues';
import { addLine, cartTotals, lineFromProduct, repriceLines, type CartLine } from '../../forms/lines/cart-lines';
import { hasLineProblems, linesForTotals } from '../../forms/lines/line-checks';
import { LineEditor } from '../../forms/lines/LineEditor';
import { priceListPosition, PriceListSelect } from '../../forms/lines/PriceListSelect';
import { ProductPicker } from '../../forms/lines/ProductPicker';
import { TotalsPanel } from '../../forms/lines/TotalsPanel';
import { useIssues } from '../../forms/use-issues';
import { Kbd } from '../../ui/Kbd';
import { FailureExplanation } from '../documentos/FailureExplanation';
import { CancelSaleDialog } from './CancelSaleDialog';
import { cashHandedOver, checkPayments } from './payment-split';
import { openCashSession } from '../../data/cash/current-session';
import { ReturnByNumber } from '../devolucion/ReturnByNumber';
import { QuotationOrigin } from '../cotizaciones/QuotationOrigin';
import { PaymentPanel } from './PaymentPanel';
import { draftBodyFrom, invoiceBodyFrom, isEmptySale, saleItemsByCode, saleSummary, type InvoiceSettings, type Sale } from './sale';
import { SaleDoneDialog } from './SaleDoneDialog';
import { confirmSale, resendSale } from './submit-sale';
import { useFixFailure } from './use-fix-failure';
import { useSale } from './use-sale';
import { useVentaShortcuts } from './use-venta-shortcuts';
import './venta.css';

/** The counter sale: scan, choose the customer, take the payment, confirm, print. Keyboard first. */
export function VentaScreen() {
  const services = useServices();
  const { db } = services;
  const go = useApp((state) => state.go);
  const defaults = useDefaults();
  const catalogs = useLiveQuery(
    async () => ({ documentTypes: await db.documentTypes.toArray(), paymentTypes: await db.paymentTypes.toArray(), priceLists: await db.priceLists.toArray() }),
    [db],
  );
  const invoiceType = catalogs?.documentTypes.find((t) => t.id === defaults?.invoiceDocumentTypeId);
  const discountKind = invoiceType?.siigo.discount_type === 'Percentage' ? 'percentage' : 'value';
  const paymentTypes = (catalogs?.paymentTypes ?? []).filter((t) => t.active && t.documentTypes.includes('FV'));
  const today = colombiaToday(new Date());
  const settings: InvoiceSettings = {
    documentTypeId: defaults?.invoiceDocumentTypeId ?? null,
    electronic: (invoiceType?.siigo.electronic_type ?? 'NoElectronic') !== 'NoElectronic',
    sellerId: defaults?.sellerId ?? null,
    costCenterId: defaults?.costCenterId ?? null,
    sendToDian: defaults?.sendToDian ?? true,
    sendByEmail: defaults?.sendByEmail ?? false,
    today,
    paymentTypes,
  };
  // A discount larger than its line counts as the whole line, so no total goes below zero.
  const totalsOf = (lines: readonly CartLine[]) => cartTotals(linesForTotals(lines, discountKind), discountKind);
  const bodyOf = (sale: Sale) => {
    const total = totalsOf(sale.lines).total;
    return { body: invoiceBodyFrom(sale, total, settings), summary: saleSummary(sale, total, 'Venta de mostrador') };
  };
  // The draft also keeps the sale's price list (never sent: see DRAFT_PRICE_LIST_KEY).
  const draftOf = (sale: Sale) => {
    const { body, summary } = bodyOf(sale);
    return { body: draftBodyFrom(body, sale), summary };
  };
  const { sale, setSale, mode, flush, startNew, quotationId } = useSale(defaults, draftOf);
  // The last confirm's issues, each dropped as soon as its field is edited (see useIssues).
  const { issues, report, clear } = useIssues(() => sale && bodyOf(sale).body);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<DocumentRow | null>(null);
  const [asking, setAsking] = useState(false);
  const [highlight, setHighlight] = useState<string>();
  /** Counts the sales started here: a new one gets a fresh, empty product box. */
  const [saleRun, setSaleRun] = useState(0);
  const fixFailure = useFixFailure(db, mode.kind === 'fix' ? mode.documentId : null);
  const searchRef = useRef<HTMLInputElement>(null);
  const customerRef = useRef<HTMLInputElement>(null);
  const paymentRef = useRef<HTMLInputElement>(null);
  const refocus = () => setTimeout(() => searchRef.current?.focus(), 0);

  const totals = totalsOf(sale?.lines ?? []);
  // Ajustes may require an open cash session: every sale then belongs to one (see queue-document).
  const sessionRequired = useApp((state) => state.settings?.defaults.cashSessionRequired ?? false);
  const session = useLiveQuery(async () => (await openCashSession(db)) ?? false, [db]);
  const needsSession = sessionRequired && session === false && mode.kind === 'new';
  const [returning, setReturning] = useState(false);
  const paymentCheck = checkPayments(sale?.payments ?? [], totals.total, paymentTypes);
  const unreadable = (sale?.lines ?? []).some((line) => hasLineProblems(line, discountKind));
  const blocker = needsSession
    ? 'Abra la caja para vender (Caja, Alt+9)'
    : !sale || sale.lines.length === 0
    ? 'Agregue al menos un producto'
    : unreadable ? 'Revise las cantidades, precios y descuentos marcados'
      : !paymentCheck.ok ? 'Los pagos deben sumar el total (vea Pago)' : null;
  // What F9 refused is said as an alert only while it is still what stops the sale.
  const refusal = notice !== null && notice === blocker ? notice : null;

  // The mirror's catalogs may arrive after the sale started (first run): fill the default method then.
  const defaultPaymentTypeId = defaults?.paymentTypeId ?? null;
  useEffect(() => {
    if (defaultPaymentTypeId === null || !sale?.payments.some((p) => p.typeId === null)) return;
    setSale((current) => current && { ...current, payments: current.payments.map((p) => (p.typeId === null ? { ...p, typeId: defaultPaymentTypeId } : p)) });
  }, [defaultPaymentTypeId, sale?.payments, setSale]);

  const update = (patch: Partial<Sale>) => setSale((current) => (current ? { ...current, ...patch } : current));

  /** The position (1 = first) of a price list in products' prices; Ajustes' when none is chosen. */
  const positionOf = (priceListId: number | null | undefined) => priceListPosition(catalogs?.priceLists ?? [], priceListId ?? null, defaults?.priceListPosition ?? 1);
  const position = positionOf(sale?.priceListId);

  /** Another list for this sale: new lines take its prices, and lines still at the old list's price follow it. */
  const changePriceList = async (priceListId: number | null) => {
    if (!sale) return;
    const from = positionOf(sale.priceListId);
    const to = positionOf(priceListId);
    const items = await saleItemsByCode(db, sale.lines.map((line) => line.code));
    setSale((current) => current && { ...current, priceListId, lines: repriceLines(current.lines, (code) => items.get(code), from, to) });
  };

  const addProduct = (product: SaleItem) => {
    if (!sale || !defaults) return;
    const line = lineFromProduct(product, position);
    setHighlight(sale.lines.find((l) => l.code === line.code)?.key ?? line.key);
    setSale((current) => (current ? { ...current, lines: addLine(current.lines, line).lines } : current));
    setNotice(null);
  };

  /** A new, empty sale on screen: the product box is emptied too (remounted) and takes the focus. */
  const nextSale = () => {
    setSaleRun((run) => run + 1);
    refocus();
  };

  const confirm = async () => {
    if (!sale || busy) return;
    if (blocker) {
      setNotice(blocker);
      if (sale.lines.length > 0 && !unreadable) paymentRef.current?.focus();
      return;
    }
    setBusy(true);
    setNotice(null);
    const { body, summary } = bodyOf(sale);
    try {
      const dependsOn = sale.customer?.pendingDocumentId ? [sale.customer.pendingDocumentId] : [];
      const result = mode.kind === 'fix'
        ? await resendSale(services, mode.documentId, { ...(mode.original as object), ...body })
        : await confirmSale(services, { body, summary, dependsOn, draftId: await flush(), counter: { cashSessionId: null, cashier: null, ...cashHandedOver(sale.payments, totals.total, paymentTypes) } });
      if (!result.ok) {
        report(result.issues, body);
        return;
      }
      clear();
      const document = await db.documents.get(result.documentId);
      await startNew(false);
      if (mode.kind === 'fix') go('venta');
      if (document) setDone(document);
    } catch (error) {
      report([{ path: [], code: 'error', message: `No se pudo confirmar la venta: ${error instanceof Error ? error.message : String(error)}` }], body);
    } finally {
      setBusy(false);
    }
  };

  useVentaShortcuts({
    return: () => setReturning(true),
    customer: () => customerRef.current?.focus(),
    payment: () => paymentRef.current?.focus(),
    confirm: () => void confirm(),
    cancel: () => {
      if (sale && (!isEmptySale(sale) || mode.kind === 'fix')) setAsking(true);
      else refocus();
    },
  });

  if (!sale || !defaults || !catalogs) {
    return (
      <section className="screen" aria-labelledby="screen-title">
        <h1 id="screen-title">Venta</h1>
        <p className="muted">Cargando…</p>
      </section>
    );
  }

  const topIssues = otherIssues(issues, [['items'], ['customer'], ['payments']]);
  return (
    <section className="screen venta" aria-labelledby="screen-title">
      <header className="venta-head">
        <h1 id="screen-title">{mode.kind === 'fix' ? 'Venta — corregir factura' : 'Venta'}</h1>
        <div className="venta-price-list">
          <PriceListSelect id="venta-price-list" value={sale.priceListId ?? null} onChange={(priceListId) => void changePriceList(priceListId)} />
        </div>
        <div className="shortcut-bar" role="toolbar" aria-label="Atajos de la venta">
          <button type="button" className="btn" aria-label="Cliente" aria-keyshortcuts="F2" onClick={() => customerRef.current?.focus()}>
            Cliente <Kbd>F2</Kbd>
          </button>
          <button type="button" className="btn" aria-label="Pago" aria-keyshortcuts="F4" onClick={() => paymentRef.current?.focus()}>
            Pago <Kbd>F4</Kbd>
          </button>
          <button type="button" className="btn" aria-label="Devolución" aria-keyshortcuts="F7" onClick={() => setReturning(true)}>
            Devolución <Kbd>F7</Kbd>
          </button>
          <button type="button" className="btn btn-danger" aria-label="Cancelar venta" aria-keyshortcuts="Escape" onClick={() => setAsking(true)} disabled={isEmptySale(sale) && mode.kind !== 'fix'}>
            Cancelar venta <Kbd>Esc</Kbd>
          </button>
        </div>
      </header>
      <QuotationOrigin quotationId={quotationId} />
      {mode.kind === 'fix' && (
        <div className="fix-banner" role="note">
          <strong>Siigo no aceptó esta factura.</strong> Corrija lo necesario y confirme para reenviarla.
          {fixFailure && <FailureExplanation failure={fixFailure} kind="invoice" />}
        </div>
      )}
      {topIssues.length > 0 && (
        <ul className="error-banner" role="alert" aria-label="Problemas de la venta">
          {topIssues.map((issue, i) => <li key={i}>{issue.message}</li>)}
        </ul>
      )}
      <div className="venta-grid">
        <div className="venta-main panel">
          <ProductPicker key={saleRun} onAdd={addProduct} priceListPosition={position} inputRef={searchRef} autoFocus />
          <FieldErrors messages={issues.filter((issue) => issue.path.length === 1 && issue.path[0] === 'items').map((issue) => issue.message)} />
          <div className="cart-scroll">
            <LineEditor
              lines={sale.lines}
              onChange={(lines) => update({ lines })}
              totals={totals}
              discountKind={discountKind}
              issues={issues}
              onDone={refocus}
              highlightKey={highlight}
            />
          </div>
        </div>
        <aside className="venta-side" aria-label="Cliente, totales y pago">
          <div className="venta-side-scroll">
            <CustomerPicker customer={sale.customer} withoutCustomer="Sin cliente elegido, la factura sale a Consumidor final (222222222222)." onChange={(customer) => update({ customer })} inputRef={customerRef} messages={messagesAt(issues, ['customer'])} onChosen={refocus} />
            <PaymentPanel payments={sale.payments} onChange={(payments) => update({ payments })} total={totals.total} paymentTypes={paymentTypes} issues={issues} firstInputRef={paymentRef} today={today} />
          </div>
          <div className="panel venta-totals">
            <TotalsPanel totals={totals} />
          </div>
          <button type="button" className="btn btn-primary btn-confirm" aria-label="Confirmar venta" aria-keyshortcuts="F9" aria-disabled={blocker !== null || busy} onClick={() => void confirm()}>
            {busy ? 'Confirmando…' : 'Confirmar venta'} <Kbd>F9</Kbd>
          </button>
          {(refusal ?? blocker) && <p className={refusal ? 'field-error' : 'muted small'} role={refusal ? 'alert' : undefined}>{refusal ?? blocker}</p>}
        </aside>
      </div>
      {returning && <ReturnByNumber onClose={() => { setReturning(false); refocus(); }} />}
      {done && <SaleDoneDialog document={done} onClose={() => { setDone(null); nextSale(); }} />}
      {asking && (
        <CancelSaleDialog
          fixing={mode.kind === 'fix'}
          onClose={() => { setAsking(false); refocus(); }}
          onConfirm={() => {
            setAsking(false);
            clear();
            void startNew(mode.kind === 'new').then(nextSale);
            if (mode.kind === 'fix') go('venta');
          }}
        />
      )}
    </section>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import type { ValidationIssue } from '../../../src-shared/validation';
import { useDefaults } from '../../app/defaults';
import { useServices } from '../../app/services';
import { confirmUpdate } from '../../data/outbox/queue-update';
import type { DocumentRow } from '../../data/outbox/rows';
import { saveDraft } from '../../data/outbox/user-actions';
import { CustomerPicker } from '../../forms/customer/CustomerPicker';
import { FieldErrors } from '../../forms/FieldErrors';
import { messagesAt, otherIssues } from '../../forms/issues';
import { useIssues } from '../../forms/use-issues';
import { addLine, cartTotals, lineFromProduct, repriceLines } from '../../forms/lines/cart-lines';
import { LineEditor } from '../../forms/lines/LineEditor';
import { priceListPosition, PriceListSelect } from '../../forms/lines/PriceListSelect';
import { ProductPicker } from '../../forms/lines/ProductPicker';
import { TotalsPanel } from '../../forms/lines/TotalsPanel';
import { documentNumber } from '../../receipt/receipt-model';
import { draftBodyFrom, saleItemsByCode } from '../venta/sale';
import { displayDate, emptyQuotation, quotationBodyFrom, quotationDraftFrom, quotationSummary, quotationUpdateFrom, sameBody, type QuotationDraft } from './quotation-draft';
import { mayEditQuotation } from './quotation-life';
import { quotationTarget, quotationVersion } from './quotation-version';
import { sellerNameOf, useQuotation } from './use-quotation';
import { useQuotationSettings } from './use-quotation-settings';

const AUTOSAVE_MS = 300;

interface Props {
  /** A draft to keep typing, or a confirmed quotation to edit; none for a new quotation. */
  document?: DocumentRow;
  onSaved(documentId: string): void;
  onCancel(): void;
}

/**
 * A quotation being made (saved as a draft as it is typed, then queued) or a confirmed one being
 * edited: Siigo lets the date, seller, items and observations change; its customer, type and
 * number stay (a `PUT` with others is refused), so they are shown, not editable. Saving an edit
 * queues it (`confirmUpdate`): a quotation still waiting to be sent gets its queued body replaced;
 * one Siigo has is replaced there once the queue reaches it; never a second quotation.
 */
export function QuotationEditor({ document, onSaved, onCancel }: Props) {
  const { db, outbox } = useServices();
  const settings = useQuotationSettings();
  const defaults = useDefaults();
  const editing = document !== undefined && document.state !== 'draft' ? document : undefined;
  const current = useQuotation(editing?.id ?? '');
  const catalogs = useLiveQuery(async () => ({ priceLists: await db.priceLists.toArray(), users: await db.users.toArray() }), [db]);
  const [draft, setDraft] = useState<QuotationDraft | null>(null);
  const bodyOf = (value: QuotationDraft) => (settings ? (editing && current ? quotationUpdateFrom(current.version.body, value, settings) : quotationBodyFrom(value, settings)) : undefined);
  // The last save's issues, each dropped as soon as its field is edited (see useIssues).
  const { issues, report } = useIssues(() => (draft ? bodyOf(draft) : undefined));
  const [busy, setBusy] = useState(false);
  const draftId = useRef<string | undefined>(document?.state === 'draft' ? document.id : undefined);
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  const searchRef = useRef<HTMLInputElement>(null);
  const refocus = () => setTimeout(() => searchRef.current?.focus(), 0);

  useEffect(() => {
    if (!settings || draft) return;
    if (editing) void quotationVersion(db, editing).then((version) => quotationDraftFrom(db, version)).then(setDraft);
    else if (document) void quotationDraftFrom(db, document).then(setDraft);
    else setDraft(emptyQuotation(settings.today));
  }, [db, document, editing, settings, draft]);

  const save = (value: QuotationDraft) => {
    if (!settings || editing) return saving.current;
    // The draft keeps its price list too (never sent), so a restart prices new lines as before.
    const body = draftBodyFrom(quotationBodyFrom(value, settings), value);
    const summary = quotationSummary(value, settings.discountKind);
    saving.current = saving.current
      .then(() => saveDraft(db, { ...(draftId.current ? { id: draftId.current } : {}), kind: 'quotation', body, summary }))
      .then((id) => { draftId.current = id; })
      .catch(() => undefined);
    return saving.current;
  };

  // A new quotation is kept as a draft while typed; an edit is not (the quotation stays as it was until saved).
  useEffect(() => {
    if (editing || !draft || (!draftId.current && !draft.customer && draft.lines.length === 0)) return;
    const timer = setTimeout(() => void save(draft), AUTOSAVE_MS);
    return () => clearTimeout(timer);
    // Only edits trigger a save; `save` reads the current settings when it runs.
  }, [draft]);

  if (!draft || !settings || !defaults || !catalogs || (editing && !current)) return <p className="muted">Cargando…</p>;
  if (editing && current && !mayEditQuotation(current.life)) {
    return (
      <div className="panel">
        <p role="alert">{current.life === 'facturada' ? 'Esta cotización ya se facturó: no se puede editar.' : 'Esta cotización se descartó: no se puede editar.'}</p>
        <button type="button" className="btn" onClick={onCancel}>Volver</button>
      </div>
    );
  }
  const position = priceListPosition(catalogs.priceLists, draft.priceListId, defaults.priceListPosition);
  const totals = cartTotals(draft.lines, settings.discountKind);
  const update = (patch: Partial<QuotationDraft>) => setDraft((value) => (value ? { ...value, ...patch } : value));
  const sellers = catalogs.users.filter((user) => user.active || user.id === (draft.sellerId ?? settings.sellerId));

  /** Another list: new lines take its prices, and lines still at the old list's price follow it (as in Venta). */
  const changePriceList = async (priceListId: number | null) => {
    const from = position;
    const to = priceListPosition(catalogs.priceLists, priceListId, defaults.priceListPosition);
    const items = await saleItemsByCode(db, draft.lines.map((line) => line.code));
    setDraft((value) => value && { ...value, priceListId, lines: repriceLines(value.lines, (code) => items.get(code), from, to) });
  };

  const fail = (error: unknown, body: unknown) =>
    report([{ path: [], code: 'error', message: `No se pudo guardar la cotización: ${error instanceof Error ? error.message : String(error)}` }], body);

  const submit = async () => {
    setBusy(true);
    const body = bodyOf(draft);
    const summary = quotationSummary(draft, settings.discountKind);
    try {
      if (editing && current && sameBody(body, current.version.body)) {
        // Only the validity changed: it lives in this PC's document alone, so nothing goes to Siigo.
        // `summary` names its label even when cleared, so an emptied date replaces the old one.
        await db.documents.update(current.version.sourceId, { summary: { ...current.version.summary, ...summary } });
        onSaved(editing.id);
        return;
      }
      if (editing) {
        const result = await confirmUpdate(db, { kind: 'quotationUpdate', target: quotationTarget(editing), body: body!, summary }, outbox.journal);
        if (!result.ok) return report(result.issues, body);
        void outbox.trigger().catch(() => undefined);
        onSaved(editing.id);
        return;
      }
      await save(draft);
      const result = await outbox.queue({
        kind: 'quotation',
        body: body!,
        summary,
        ...(draft.customer?.pendingDocumentId ? { dependsOn: [draft.customer.pendingDocumentId] } : {}),
        ...(draftId.current ? { draftId: draftId.current } : {}),
      });
      if (!result.ok) return report(result.issues, body);
      onSaved(result.documentId);
    } catch (error) {
      fail(error, body);
    } finally {
      setBusy(false);
    }
  };

  const issueMessages = (path: string) => messagesAt(issues as ValidationIssue[], [path]);
  // The customer picker shows its own issues; an edit has no picker (the customer is fixed), so
  // they go on top there, never silently dropped.
  const topIssues = otherIssues(issues, [['items'], ...(editing ? [] : [['customer']]), ['observations'], ['date'], ['seller']]);
  return (
    <div className="quotation-editor">
      {editing && (
        <h2 className="quotation-editor-title">
          Editar cotización {documentNumber(editing) ?? '(aún sin número)'}
        </h2>
      )}
      {topIssues.length > 0 && <ul className="error-banner" role="alert">{topIssues.map((issue, i) => <li key={i}>{issue.message}</li>)}</ul>}
      <div className="quotation-grid">
        <div className="panel quotation-lines">
          <ProductPicker
            onAdd={(product) => {
              const line = lineFromProduct(product, position);
              // From the latest lines, not this render's: a quantity committed as the scan moved
              // focus away from it would otherwise be overwritten.
              setDraft((value) => value && { ...value, lines: addLine(value.lines, line).lines });
            }}
            priceListPosition={position}
            inputRef={searchRef}
          />
          <FieldErrors messages={issues.filter((i) => i.path.length === 1 && i.path[0] === 'items').map((i) => i.message)} />
          <div className="cart-scroll">
            <LineEditor lines={draft.lines} onChange={(lines) => update({ lines })} totals={totals} discountKind={settings.discountKind} issues={issues} onDone={refocus} />
          </div>
        </div>
        <div className="quotation-side">
          {editing ? (
            <div className="panel" data-testid="fixed-customer">
              <p><strong>{draft.customer?.name ?? current?.version.summary.customerName ?? 'Sin cliente'}</strong>{draft.customer ? <span className="muted"> · {draft.customer.identification}</span> : null}</p>
              <p className="muted small">El cliente, el tipo y el número de una cotización ya creada no se cambian: Siigo no lo permite. Para otro cliente, haga una cotización nueva.</p>
            </div>
          ) : (
            <CustomerPicker customer={draft.customer} onChange={(customer) => update({ customer })} messages={messagesAt(issues, ['customer'])} onChosen={refocus} />
          )}
          <div className="panel form-field">
            <label htmlFor="quotation-date">Fecha</label>
            <input id="quotation-date" type="date" value={draft.date || settings.today} onChange={(event) => update({ date: event.target.value })} />
            <FieldErrors messages={issueMessages('date')} />
            <label htmlFor="quotation-seller">Vendedor</label>
            <select id="quotation-seller" value={String(draft.sellerId ?? settings.sellerId ?? '')} onChange={(event) => update({ sellerId: event.target.value === '' ? null : Number(event.target.value) })}>
              {settings.sellerId === null && draft.sellerId === null && <option value="">Elija el vendedor</option>}
              {sellers.map((user) => <option key={user.id} value={user.id}>{sellerNameOf(user) ?? `Usuario ${user.id}`}</option>)}
            </select>
            <FieldErrors messages={issueMessages('seller')} />
            <PriceListSelect
              id="quotation-price-list"
              value={draft.priceListId}
              onChange={(priceListId) => void changePriceList(priceListId)}
            />
            <label htmlFor="quotation-valid-until">Válida hasta</label>
            <input id="quotation-valid-until" type="date" min={draft.date || settings.today} value={draft.validUntil} onChange={(event) => update({ validUntil: event.target.value })} />
            {draft.validUntil && <p className="muted small">Se imprime en la cotización ({displayDate(draft.validUntil)}); Siigo no guarda la vigencia.</p>}
            <label htmlFor="quotation-notes">Observaciones (opcional)</label>
            <textarea id="quotation-notes" rows={2} value={draft.notes} onChange={(event) => update({ notes: event.target.value })} />
            <FieldErrors messages={messagesAt(issues, ['observations'])} />
          </div>
          <div className="panel"><TotalsPanel totals={totals} /></div>
          <div className="form-actions">
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void submit()}>
              {busy ? 'Guardando…' : editing ? 'Guardar cambios' : 'Guardar cotización'}
            </button>
            <button type="button" className="btn" onClick={onCancel}>{editing ? 'Cancelar' : 'Cerrar'}</button>
          </div>
          <p className="muted small">
            {editing ? 'Los cambios se envían a Siigo en orden; sin conexión quedan en cola.' : 'Lo escrito se guarda como borrador mientras escribe.'}
          </p>
        </div>
      </div>
    </div>
  );
}

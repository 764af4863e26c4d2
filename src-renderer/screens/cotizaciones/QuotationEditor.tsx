import { useEffect, useRef, useState } from 'react';
import { useDefaults } from '../../app/defaults';
import { useServices } from '../../app/services';
import type { DocumentRow } from '../../data/outbox/rows';
import { saveDraft } from '../../data/outbox/user-actions';
import { CustomerPicker } from '../../forms/customer/CustomerPicker';
import { FieldErrors } from '../../forms/FieldErrors';
import { messagesAt, otherIssues } from '../../forms/issues';
import { useIssues } from '../../forms/use-issues';
import { addLine, cartTotals, lineFromProduct } from '../../forms/lines/cart-lines';
import { LineEditor } from '../../forms/lines/LineEditor';
import { ProductPicker } from '../../forms/lines/ProductPicker';
import { TotalsPanel } from '../../forms/lines/TotalsPanel';
import { emptyQuotation, quotationBodyFrom, quotationDraftFrom, quotationSummary, type QuotationDraft } from './quotation-draft';
import { useQuotationSettings } from './use-quotation-settings';

const AUTOSAVE_MS = 300;

/** A new quotation (or a saved draft of one): customer, lines, validity; saved as typed. */
export function QuotationEditor({ draftDocument, onSaved, onCancel }: { draftDocument?: DocumentRow; onSaved(documentId: string): void; onCancel(): void }) {
  const { db, outbox } = useServices();
  const settings = useQuotationSettings();
  const defaults = useDefaults();
  const [draft, setDraft] = useState<QuotationDraft | null>(null);
  // The last save's issues, each dropped as soon as its field is edited (see useIssues).
  const { issues, report } = useIssues(() => (draft && settings ? quotationBodyFrom(draft, settings) : undefined));
  const [busy, setBusy] = useState(false);
  const draftId = useRef<string | undefined>(draftDocument?.id);
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  const searchRef = useRef<HTMLInputElement>(null);
  const refocus = () => setTimeout(() => searchRef.current?.focus(), 0);

  useEffect(() => {
    if (!settings || draft) return;
    if (draftDocument) void quotationDraftFrom(db, draftDocument).then(setDraft);
    else setDraft(emptyQuotation(settings.today));
  }, [db, draftDocument, settings, draft]);

  const save = (current: QuotationDraft) => {
    if (!settings) return saving.current;
    const body = quotationBodyFrom(current, settings);
    const summary = quotationSummary(current, settings.discountKind);
    saving.current = saving.current
      .then(() => saveDraft(db, { ...(draftId.current ? { id: draftId.current } : {}), kind: 'quotation', body, summary }))
      .then((id) => { draftId.current = id; })
      .catch(() => undefined);
    return saving.current;
  };

  useEffect(() => {
    if (!draft || (!draftId.current && !draft.customer && draft.lines.length === 0)) return;
    const timer = setTimeout(() => void save(draft), AUTOSAVE_MS);
    return () => clearTimeout(timer);
    // Only edits trigger a save; `save` reads the current settings when it runs.
  }, [draft]);

  if (!draft || !settings || !defaults) return <p className="muted">Cargando…</p>;
  const totals = cartTotals(draft.lines, settings.discountKind);
  const update = (patch: Partial<QuotationDraft>) => setDraft((current) => (current ? { ...current, ...patch } : current));

  const submit = async () => {
    setBusy(true);
    const body = quotationBodyFrom(draft, settings);
    try {
      await save(draft);
      const result = await outbox.queue({
        kind: 'quotation',
        body,
        summary: quotationSummary(draft, settings.discountKind),
        ...(draft.customer?.pendingDocumentId ? { dependsOn: [draft.customer.pendingDocumentId] } : {}),
        ...(draftId.current ? { draftId: draftId.current } : {}),
      });
      if (!result.ok) return report(result.issues, body);
      onSaved(result.documentId);
    } catch (error) {
      report([{ path: [], code: 'error', message: `No se pudo guardar la cotización: ${error instanceof Error ? error.message : String(error)}` }], body);
    } finally {
      setBusy(false);
    }
  };

  const topIssues = otherIssues(issues, [['items'], ['customer'], ['observations']]);
  return (
    <div className="quotation-editor">
      {topIssues.length > 0 && <ul className="error-banner" role="alert">{topIssues.map((issue, i) => <li key={i}>{issue.message}</li>)}</ul>}
      <div className="quotation-grid">
        <div className="panel quotation-lines">
          <ProductPicker onAdd={(product) => update({ lines: addLine(draft.lines, lineFromProduct(product, defaults.priceListPosition)).lines })} priceListPosition={defaults.priceListPosition} inputRef={searchRef} />
          <FieldErrors messages={issues.filter((i) => i.path.length === 1 && i.path[0] === 'items').map((i) => i.message)} />
          <div className="cart-scroll">
            <LineEditor lines={draft.lines} onChange={(lines) => update({ lines })} totals={totals} discountKind={settings.discountKind} issues={issues} onDone={refocus} />
          </div>
        </div>
        <div className="quotation-side">
          <CustomerPicker customer={draft.customer} onChange={(customer) => update({ customer })} messages={messagesAt(issues, ['customer'])} onChosen={refocus} />
          <div className="panel form-field">
            <label htmlFor="quotation-valid-until">Válida hasta</label>
            <input id="quotation-valid-until" type="date" min={settings.today} value={draft.validUntil} onChange={(event) => update({ validUntil: event.target.value })} />
            <label htmlFor="quotation-notes">Observaciones (opcional)</label>
            <textarea id="quotation-notes" rows={2} value={draft.notes} onChange={(event) => update({ notes: event.target.value })} />
            <FieldErrors messages={messagesAt(issues, ['observations'])} />
          </div>
          <div className="panel"><TotalsPanel totals={totals} /></div>
          <div className="form-actions">
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void submit()}>
              {busy ? 'Guardando…' : 'Guardar cotización'}
            </button>
            <button type="button" className="btn" onClick={onCancel}>Cerrar</button>
          </div>
          <p className="muted small">Lo escrito se guarda como borrador mientras escribe.</p>
        </div>
      </div>
    </div>
  );
}

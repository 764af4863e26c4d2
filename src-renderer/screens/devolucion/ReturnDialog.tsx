import { useState, type KeyboardEvent } from 'react';
import { compare, toFixedText, ZERO } from '../../../src-shared/money/decimal';
import { creditNoteReasons, isCreditNoteReason, type CreditNoteReason } from '../../../src-shared/siigo';
import type { ValidationIssue } from '../../../src-shared/validation';
import { useServices } from '../../app/services';
import type { DocumentRow } from '../../data/outbox/rows';
import { FieldErrors } from '../../forms/FieldErrors';
import { messagesAt, otherIssues } from '../../forms/issues';
import { Money } from '../../ui/Money';
import { creditNoteBodyFrom, everything, refundPaymentType, RETURN_REASON, type RefundMethod } from './credit-note-body';
import { quantityIssues } from './return-issues';
import { queueReturn } from './queue-return';
import { ReturnDone } from './ReturnDone';
import { useReturn } from './use-return';
import './devolucion.css';

const reasonCodes = Object.keys(creditNoteReasons).map(Number).filter(isCreditNoteReason);

/**
 * A return or annulment of one invoice as a credit note: the lines and quantities coming back
 * (or everything, to annul), Siigo's reason, and how the money goes back. Queued like every
 * document; a return of an invoice still in the queue waits for it.
 */
export function ReturnDialog({ invoice, onClose }: { invoice: DocumentRow; onClose(): void }) {
  const services = useServices();
  const ret = useReturn(invoice);
  const [quantities, setQuantities] = useState<Map<number, string>>(new Map());
  const [reason, setReason] = useState<CreditNoteReason>(RETURN_REASON.partialReturn);
  const [refund, setRefund] = useState<RefundMethod | null>(null);
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<DocumentRow | null>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };
  if (done) return <ReturnDone note={done} onClose={onClose} />;
  const name = invoice.siigo?.name ?? 'venta aún sin número';
  const method: RefundMethod = refund ?? (ret?.soldOnCredit ? 'balance' : 'cash');
  const built = ret && creditNoteBodyFrom(invoice, ret.lines, { quantities, reason, refund: method }, ret.settings, ret.percentageDiscount, ret.amounts.remaining);
  const nothingLeft = ret ? ret.lines.every((entry) => compare(entry.remaining, ZERO) <= 0) : false;

  const setQuantity = (index: number, value: string) => {
    setQuantities((current) => new Map(current).set(index, value));
    setIssues((current) => current.filter((issue) => !(issue.path[0] === 'lines' && issue.path[1] === index)));
  };
  const returnAll = (annul: boolean) => {
    if (!ret) return;
    setQuantities(everything(ret.lines));
    setReason(annul ? RETURN_REASON.annulment : RETURN_REASON.partialReturn);
    setIssues([]);
  };
  const confirm = async () => {
    if (!ret || !built || busy) return;
    const local = [
      ...quantityIssues(ret.lines, quantities, refundPaymentType(method, ret.settings.paymentTypes), ret.settings.documentTypeId, reason === RETURN_REASON.annulment),
      ...(ret.sessionMissing ? [{ path: [], code: 'cash_session', message: 'Abra la caja para registrar devoluciones (Caja, Alt+9): el dinero devuelto sale de una caja abierta' }] : []),
    ];
    if (local.length > 0) {
      setIssues(local);
      return;
    }
    setBusy(true);
    try {
      const result = await queueReturn(services, invoice, built);
      if (!result.ok) setIssues(result.issues);
      else setDone((await services.db.documents.get(result.documentId)) ?? null);
    } catch (error) {
      setIssues([{ path: [], code: 'error', message: `No se pudo registrar la devolución: ${error instanceof Error ? error.message : String(error)}` }]);
    } finally {
      setBusy(false);
    }
  };

  const top = otherIssues(issues, [['lines'], ['refund'], ['reason']]);
  const firstOpen = ret?.lines.find((entry) => compare(entry.remaining, ZERO) > 0)?.index;
  return (
    <div className="dialog-backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby="return-title" className="dialog panel return-dialog" onKeyDown={onKeyDown}>
        <h2 id="return-title">Devolución de {name}</h2>
        {!ret ? (
          <p className="muted">Cargando…</p>
        ) : (
          <>
            <ReturnFacts invoice={invoice} ret={ret} />
            {top.length > 0 && (
              <ul className="error-banner" role="alert" aria-label="Problemas de la devolución">
                {top.map((issue, i) => <li key={i}>{issue.message}</li>)}
              </ul>
            )}
            {nothingLeft ? (
              <p role="status">Todo lo vendido en esta factura ya fue devuelto.</p>
            ) : (
              <>
                <table className="return-lines">
                  <thead>
                    <tr>
                      <th>Producto</th>
                      <th className="num">Vendido</th>
                      <th className="num">Ya devuelto</th>
                      <th className="num">Devolver</th>
                    </tr>
                  </thead>
                  <tbody>
                    {ret.lines.map((entry) => (
                      <tr key={entry.index}>
                        <td>
                          {entry.line.description} <span className="muted">· {entry.line.code}</span>
                        </td>
                        <td className="num">{toFixedText(entry.sold).replace('.', ',')}</td>
                        <td className="num">{toFixedText(entry.returned).replace('.', ',')}</td>
                        <td className="num">
                          <input
                            aria-label={`Cantidad a devolver de ${entry.line.description}`}
                            inputMode="decimal"
                            value={quantities.get(entry.index) ?? ''}
                            placeholder="0"
                            disabled={compare(entry.remaining, ZERO) <= 0}
                            autoFocus={entry.index === firstOpen}
                            onChange={(event) => setQuantity(entry.index, event.target.value)}
                          />
                          <FieldErrors messages={messagesAt(issues, ['lines', entry.index])} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <div className="form-actions">
                  <button type="button" className="btn" onClick={() => returnAll(false)}>
                    Devolver todo
                  </button>
                  {ret.notes.length === 0 && (
                    <button type="button" className="btn" onClick={() => returnAll(true)}>
                      Anular la factura completa
                    </button>
                  )}
                </div>
                <label className="field">
                  <span>Motivo (DIAN)</span>
                  <select
                    value={reason}
                    onChange={(event) => {
                      setReason(Number(event.target.value) as CreditNoteReason);
                      setIssues((current) => current.filter((issue) => issue.path[0] !== 'reason'));
                    }}
                  >
                    {reasonCodes.map((code) => (
                      <option key={code} value={code}>
                        {code} — {creditNoteReasons[code]}
                      </option>
                    ))}
                  </select>
                  <FieldErrors messages={messagesAt(issues, ['reason'])} />
                </label>
                <fieldset className="field refund">
                  <legend>¿Cómo se devuelve el dinero?</legend>
                  <label className="inline">
                    <input type="radio" name="refund" checked={method === 'cash'} onChange={() => setRefund('cash')} /> Efectivo de la caja
                  </label>
                  <label className="inline">
                    <input type="radio" name="refund" checked={method === 'balance'} onChange={() => setRefund('balance')} /> Saldo a favor del cliente
                    {ret.soldOnCredit && <span className="muted"> (descuenta de lo que debe)</span>}
                  </label>
                  <FieldErrors messages={messagesAt(issues, ['refund'])} />
                </fieldset>
                <p className="return-total">
                  Total a devolver: <Money value={built?.total ?? ZERO} />
                </p>
                {ret.settings.electronic && (
                  <p className="muted small">
                    Nota crédito electrónica: se envía a la DIAN con la fecha del día en que llegue a Siigo. La DIAN la recibe hasta 10 días después de su fecha.
                  </p>
                )}
                <div className="form-actions">
                  <button type="button" className="btn btn-primary" onClick={() => void confirm()} aria-disabled={busy}>
                    {busy ? 'Registrando…' : 'Registrar devolución'}
                  </button>
                  <button type="button" className="btn" onClick={onClose}>
                    Cancelar
                  </button>
                </div>
              </>
            )}
          </>
        )}
      </div>
    </div>
  );
}

function ReturnFacts({ invoice, ret }: { invoice: DocumentRow; ret: NonNullable<ReturnType<typeof useReturn>> }) {
  return (
    <>
      <dl className="facts">
        <dt>Cliente</dt>
        <dd>{invoice.summary.customerName ?? invoice.summary.customerIdentification ?? '—'}</dd>
        <dt>Total de la factura</dt>
        <dd><Money value={ret.amounts.invoiced} /></dd>
        {ret.notes.length > 0 && (
          <>
            <dt>Ya devuelto</dt>
            <dd><Money value={ret.amounts.credited} /> en {ret.notes.length} nota(s) crédito</dd>
          </>
        )}
      </dl>
      {invoice.state !== 'sent' && (
        <p className="notice" role="note">
          La factura aún no está en Siigo: la devolución queda en cola y se envía después de ella.
        </p>
      )}
      {invoice.state === 'sent' && ret.invoiceElectronic && invoice.dian === null && (
        <p className="notice" role="note">
          Esta factura no se envió a la DIAN: Siigo no acepta una nota crédito para ella hasta que se envíe desde Siigo Nube.
        </p>
      )}
      {invoice.state === 'sent' && ret.invoiceElectronic && invoice.dian !== null && invoice.dian.status !== 'Accepted' && invoice.dian.status !== 'Rejected' && (
        <p className="notice" role="note">
          La factura aún no tiene respuesta de la DIAN: la nota crédito queda en cola y se envía cuando la DIAN responda.
        </p>
      )}
    </>
  );
}

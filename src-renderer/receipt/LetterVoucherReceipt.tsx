import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useServices } from '../app/services';
import { formatCop } from '../../src-shared/money/format-cop';
import { paidBalancesNote } from './letter-model';
import { paidInvoiceBalances } from './letter-balances';
import './letter.css';
import { paidInvoiceNames, useLiveDocument, useReceiptCatalogs, useRollSettings } from './receipt-data';
import { nitText, receiptDateTime, voucherView } from './receipt-model';
import type { ReceiptProps } from './SaleReceipt';

/**
 * The recibo de caja on a letter page, for customers who file it (companies, the office): the
 * issuer's header from Ajustes, who paid, each invoice paid with the amount and the balance left,
 * the payment method, the total in figures and two signature lines. Same data as the roll.
 */
export function LetterVoucherReceipt({ document, copy }: ReceiptProps) {
  const { db } = useServices();
  const live = useLiveDocument(document);
  const catalogs = useReceiptCatalogs();
  const { issuer } = useRollSettings();
  // When the copy was made, fixed at first draw (the document re-renders as it is sent).
  const [shownAt] = useState(() => new Date().toISOString());
  const data = useLiveQuery(async () => ({ names: await paidInvoiceNames(db, live), balances: await paidInvoiceBalances(db, live) }), [db, live]);
  if (!catalogs || !data) return null;
  const view = voucherView(live, catalogs, data.names);
  const isDebt = view.concept === 'Pago de facturas';
  return (
    <article className="letter-sheet receipt-letter-printable" aria-label="Recibo de caja en carta">
      {copy && <p className="letter-copy">COPIA</p>}
      <header className="letter-header">
        <div className="letter-issuer">
          {issuer.name && <p className="letter-issuer-name">{issuer.name}</p>}
          {issuer.nit && <p>NIT {nitText(issuer.nit)}</p>}
          {issuer.address && <p>{issuer.address}</p>}
          {issuer.phone && <p>Tel. {issuer.phone}</p>}
        </div>
        <div className="letter-title">
          <h2>{view.heading.title}</h2>
          <p className="letter-number">{view.heading.number ? `No. ${view.heading.number}` : 'Sin número aún'}</p>
          <p className={view.heading.provisional ? 'letter-status provisional' : 'letter-status'}>{view.heading.status}</p>
        </div>
      </header>
      <dl className="letter-facts" data-testid="letter-facts">
        <dt>Fecha</dt>
        <dd>{receiptDateTime(view.issuedAt)}</dd>
        <dt>Recibido de</dt>
        <dd>{view.customer?.name ?? '—'}</dd>
        {view.customer?.identification && (
          <>
            <dt>C.C./NIT</dt>
            <dd>{view.customer.identification}</dd>
          </>
        )}
        <dt>Concepto</dt>
        <dd>{view.concept}</dd>
        {view.method && (
          <>
            <dt>Forma de pago</dt>
            <dd>{view.method}</dd>
          </>
        )}
        {view.cashier && (
          <>
            <dt>Cajero</dt>
            <dd>{view.cashier}</dd>
          </>
        )}
      </dl>
      {view.paid.length > 0 && (
        <table className="letter-table" data-testid="letter-paid">
          <thead>
            <tr>
              <th>{isDebt ? 'Factura' : 'Detalle'}</th>
              <th className="num">Valor abonado</th>
              {isDebt && <th className="num">Saldo pendiente</th>}
            </tr>
          </thead>
          <tbody>
            {view.paid.map((paid, index) => {
              const balance = data.balances.byItem.get(index);
              return (
                <tr key={`${paid.label}-${index}`}>
                  <td>{paid.label}</td>
                  <td className="num">{formatCop(paid.value)}</td>
                  {isDebt && <td className="num">{balance ? formatCop(balance) : '—'}</td>}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p className="letter-total" data-testid="letter-total">
        <span>Total recibido</span> <strong>{formatCop(view.value)}</strong>
      </p>
      {isDebt && <p className="letter-note">{paidBalancesNote(data.balances.asOf)}</p>}
      {view.observations && <p className="letter-note">Observaciones: {view.observations}</p>}
      <div className="letter-signatures">
        <div>
          <span className="letter-line" />
          <p>Recibido por</p>
        </div>
        <div>
          <span className="letter-line" />
          <p>Entregado por</p>
          <p className="letter-small">Nombre y C.C.</p>
        </div>
      </div>
      {copy && <p className="letter-copy end">COPIA · reimpresa {receiptDateTime(shownAt)}</p>}
    </article>
  );
}

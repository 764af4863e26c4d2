import { useLiveQuery } from 'dexie-react-hooks';
import { formatCop } from '../../src-shared/money/format-cop';
import { useServices } from '../app/services';
import type { DocumentRow } from '../data/outbox/rows';
import { receiptView } from './receipt-model';
import './receipt.css';

const dateText = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return d && m && y ? `${d}/${m}/${y}` : iso;
};

/**
 * The sale receipt, laid out for an 80 mm thermal printer. It reads its document live, so the
 * provisional notice turns into the Siigo number and the CUFE as the outbox and the DIAN answer;
 * the same component reprints any invoice later (Documentos).
 */
export function Receipt({ document }: { document: DocumentRow }) {
  const { db } = useServices();
  const live = useLiveQuery(() => db.documents.get(document.id), [db, document.id]) ?? document;
  const catalogs = useLiveQuery(async () => ({
    documentTypes: await db.documentTypes.toArray(),
    paymentTypes: await db.paymentTypes.toArray(),
    taxes: await db.taxes.toArray(),
  }), [db]);
  if (!catalogs) return null;
  const view = receiptView(live, catalogs);
  return (
    <article className="receipt receipt-printable" aria-label="Recibo">
      <header>
        <h2>{view.title}</h2>
        {view.number && <p className="receipt-number">No. {view.number}</p>}
        <p className={view.provisional ? 'receipt-status provisional' : 'receipt-status'} data-testid="receipt-status">{view.status}</p>
      </header>
      <p>Fecha: {dateText(view.date)}</p>
      {view.customer && <p>Cliente: {view.customer}</p>}
      <table className="receipt-lines">
        <tbody>
          {view.lines.map(({ line, total }) => (
            <tr key={line.key}>
              <td>
                {line.description}
                <br />
                <span className="receipt-detail">
                  {line.quantity} × {formatCop(line.price)}
                  {line.discount ? ` − desc. ${formatCop(line.discount)}` : ''}
                </span>
              </td>
              <td className="num">{formatCop(total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="receipt-totals">
        <dt>Subtotal</dt>
        <dd>{formatCop(view.totals.subtotal)}</dd>
        {view.taxes.map((tax) => (
          <div key={tax.name} className="receipt-row">
            <dt>{tax.name}</dt>
            <dd>{formatCop(tax.value)}</dd>
          </div>
        ))}
        <dt className="receipt-total">TOTAL</dt>
        <dd className="receipt-total">{formatCop(view.totals.total)}</dd>
      </dl>
      <dl className="receipt-payments">
        {view.payments.map((p, i) => (
          <div key={i} className="receipt-row">
            <dt>{p.name}{p.dueDate ? ` (vence ${dateText(p.dueDate)})` : ''}</dt>
            <dd>{formatCop(p.value)}</dd>
          </div>
        ))}
      </dl>
      {view.cufe && (
        <p className="receipt-cufe">
          CUFE: <span>{view.cufe}</span>
        </p>
      )}
      <footer>Gracias por su compra</footer>
    </article>
  );
}

import type { DocumentRow } from '../../data/outbox/rows';
import { PdfActions } from './PdfActions';
import { SendByEmail } from './SendByEmail';

/** What Siigo can do with an invoice it has: its PDF and sending it by e-mail. */
export function InvoiceActions({ document }: { document: DocumentRow }) {
  const { siigo } = document;
  if (!siigo) return null;
  const created = { ...document, siigo };
  return (
    <section className="invoice-actions" aria-labelledby="invoice-actions-title">
      <h3 id="invoice-actions-title">Factura en Siigo</h3>
      <PdfActions document={created} />
      <SendByEmail document={created} />
    </section>
  );
}

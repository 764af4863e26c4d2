import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../app/services';
import { paidInvoiceNames, useLiveDocument, useReceiptCatalogs, useRollSettings } from './receipt-data';
import { partyFacts, voucherView } from './receipt-model';
import { Amounts, DocumentHeading, Facts, Footer, IssuerHeader, Roll, Section } from './roll';
import type { ReceiptProps } from './SaleReceipt';

/** A cash receipt (recibo de caja) on the roll: who paid, which invoices, how much and how. */
export function VoucherReceipt({ document, copy }: ReceiptProps) {
  const { db } = useServices();
  const live = useLiveDocument(document);
  const catalogs = useReceiptCatalogs();
  const { issuer, rollWidth } = useRollSettings();
  const invoices = useLiveQuery(() => paidInvoiceNames(db, live), [db, live]);
  if (!catalogs || !invoices) return null;
  const view = voucherView(live, catalogs, invoices);
  return (
    <Roll label="Recibo de caja" width={rollWidth} copy={copy}>
      <IssuerHeader issuer={issuer} />
      <DocumentHeading heading={view.heading} />
      <Facts
        testId="receipt-facts"
        rows={[
          ...partyFacts(view, 'Recibido de'),
          ['Concepto', view.concept],
          view.method ? ['Forma de pago', view.method] : null,
        ]}
      />
      {view.paid.length > 0 && (
        <Section title={view.concept === 'Pago de facturas' ? 'Facturas pagadas' : 'Detalle'} testId="receipt-paid">
          <Amounts rows={view.paid.map((p) => ({ label: p.label, value: p.value }))} />
        </Section>
      )}
      <Amounts
        testId="receipt-totals"
        rows={[
          { label: 'VALOR RECIBIDO', value: view.value, strong: true },
          view.cashReceived ? { label: 'Efectivo recibido', value: view.cashReceived } : null,
          view.change ? { label: 'Cambio', value: view.change } : null,
        ]}
      />
      {view.observations && <p className="receipt-note">{view.observations}</p>}
      <Footer>
        <p>Gracias por su pago</p>
      </Footer>
    </Roll>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../app/services';
import { correctedInvoiceName, useLiveDocument, useReceiptCatalogs, useRollSettings } from './receipt-data';
import { creditNoteView, partyFacts } from './receipt-model';
import { Amounts, DianCode, DocumentHeading, Facts, Footer, IssuerHeader, Lines, Roll, Section, TaxesByRate } from './roll';
import type { ReceiptProps } from './SaleReceipt';

/**
 * A credit note (a return) on the roll: the invoice it corrects, why, the lines returned and how
 * the money goes back, so the buyer keeps proof of the refund or of the balance in their favour.
 */
export function CreditNoteReceipt({ document, copy }: ReceiptProps) {
  const { db } = useServices();
  const live = useLiveDocument(document);
  const catalogs = useReceiptCatalogs();
  const { issuer, rollWidth } = useRollSettings();
  // Wrapped so "not found" (null) is told apart from "still reading" (undefined).
  const invoice = useLiveQuery(async () => ({ name: await correctedInvoiceName(db, live) }), [db, live]);
  if (!catalogs || !invoice) return null;
  const view = creditNoteView(live, catalogs, invoice.name);
  return (
    <Roll label="Recibo de nota crédito" width={rollWidth} copy={copy}>
      <IssuerHeader issuer={issuer} />
      <DocumentHeading heading={view.heading} />
      <Facts
        testId="receipt-facts"
        rows={[
          ...partyFacts(view),
          view.invoice ? ['Factura que corrige', view.invoice] : null,
          view.reason ? ['Motivo', view.reason] : null,
        ]}
      />
      <Section title="Productos devueltos">
        <Lines lines={view.lines} />
      </Section>
      <Amounts
        testId="receipt-totals"
        rows={[
          { label: 'Subtotal', value: view.totals.subtotal },
          view.totals.tax.units !== 0n ? { label: 'Impuestos', value: view.totals.tax } : null,
          { label: 'TOTAL NOTA', value: view.totals.total, strong: true },
        ]}
      />
      <TaxesByRate taxes={view.taxes} />
      <Section title="Devolución del dinero" testId="receipt-refunds">
        <Amounts rows={view.refunds.map((refund) => ({ label: refund.method, value: refund.value }))} />
      </Section>
      {view.observations && <p className="receipt-note">{view.observations}</p>}
      {view.dian && <DianCode code={view.dian.code} label="CUDE" withQr={view.dian.accepted} />}
      <Footer>
        {view.electronic && !view.heading.provisional && <p>Representación impresa de la nota crédito electrónica</p>}
        <p>Conserve este comprobante</p>
      </Footer>
    </Roll>
  );
}

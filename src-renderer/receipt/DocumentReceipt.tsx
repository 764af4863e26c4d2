import type { DocumentRow } from '../data/outbox/rows';
import { CreditNoteReceipt } from './CreditNoteReceipt';
import { SaleReceipt, type ReceiptProps } from './SaleReceipt';
import { VoucherReceipt } from './VoucherReceipt';

/** Kinds of document that print on the roll. */
export const hasReceipt = (document: DocumentRow): boolean => document.kind === 'invoice' || document.kind === 'creditNote' || document.kind === 'voucher';

/** The roll receipt of any document that has one (Documentos reprints through this). */
export function DocumentReceipt({ document, copy }: ReceiptProps) {
  switch (document.kind) {
    case 'invoice':
      return <SaleReceipt document={document} copy={copy} />;
    case 'creditNote':
      return <CreditNoteReceipt document={document} copy={copy} />;
    case 'voucher':
      return <VoucherReceipt document={document} copy={copy} />;
    default:
      return null;
  }
}

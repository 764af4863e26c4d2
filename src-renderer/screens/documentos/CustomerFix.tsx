import type { CustomerCreate } from '../../../src-shared/siigo';
import { useServices } from '../../app/services';
import type { DocumentRow } from '../../data/outbox/rows';
import { CustomerForm, type CustomerSubmit } from '../../forms/customer/CustomerForm';

/**
 * A refused customer corrected in the shared customer form, starting from what was queued. Saving
 * does not queue a new customer: the same document is resent with the corrected body (a new
 * outbox operation; the refused one stays in the history as replaced).
 */
export function CustomerFix({ document, onDone }: { document: DocumentRow; onDone(): void }) {
  const { outbox } = useServices();
  const submit: CustomerSubmit = async (body) => {
    await outbox.resend(document.id, body);
    return { ok: true, documentId: document.id };
  };
  return (
    <div className="customer-fix">
      <h4>Corrija los datos del cliente y guárdelos para reenviarlo</h4>
      <CustomerForm initial={document.body as Partial<CustomerCreate>} submit={submit} onSaved={onDone} onCancel={onDone} />
    </div>
  );
}

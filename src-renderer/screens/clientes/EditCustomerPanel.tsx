import { CustomerForm } from '../../forms/customer/CustomerForm';
import type { CustomerItem } from './customer-item';

/**
 * "Editar cliente": the customer form prefilled with what the customer is, or will be once this
 * PC's pending changes reach Siigo. Saving queues the whole record as its replacement.
 */
export function EditCustomerPanel({ item, onSaved, onCancel }: { item: CustomerItem; onSaved(merged: boolean): void; onCancel(): void }) {
  return (
    <section className="panel" aria-labelledby="edit-customer-title">
      <h2 id="edit-customer-title">Editar cliente</h2>
      <p className="muted">{item.name}</p>
      <CustomerForm editing={{ record: item.record, target: item.target }} onSaved={(result) => onSaved(result.merged)} onCancel={onCancel} />
    </section>
  );
}

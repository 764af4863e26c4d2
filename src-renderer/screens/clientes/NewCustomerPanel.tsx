import { CustomerForm } from '../../forms/customer/CustomerForm';

/** "Nuevo cliente": the shared customer form; a saved customer opens in the detail. */
export function NewCustomerPanel({ onSaved, onCancel }: { onSaved(documentId: string): void; onCancel(): void }) {
  return (
    <section className="panel" aria-labelledby="new-customer-title">
      <h2 id="new-customer-title">Nuevo cliente</h2>
      <CustomerForm onSaved={(result) => onSaved(result.documentId)} onCancel={onCancel} />
    </section>
  );
}

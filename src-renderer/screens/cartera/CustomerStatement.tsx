import { useState } from 'react';
import { DetailPanel } from '../../ui/DetailPanel';
import type { CustomerItem } from '../clientes/customer-item';
import { identificationLabel } from '../clientes/identification';
import { AdvanceForm } from './AdvanceForm';
import { DebtPaymentForm } from './DebtPaymentForm';
import { PaymentConfirmation } from './PaymentConfirmation';
import { StatementStatus } from './StatementStatus';
import { useReceiptSetup } from './use-receipt-setup';
import { useStatement } from './use-statement';

type Mode = { kind: 'debt' } | { kind: 'advance' } | { kind: 'confirmed'; documentId: string };

/** One customer's cartera: the statement, a payment of its invoices, or an advance. */
export function CustomerStatement({ customer }: { customer: CustomerItem }) {
  const statement = useStatement(customer);
  const setup = useReceiptSetup();
  const [mode, setMode] = useState<Mode>({ kind: 'debt' });
  // A new form per confirmed receipt: amounts start again from the new balances.
  const [formKey, setFormKey] = useState(0);
  const confirmed = (documentId: string) => setMode({ kind: 'confirmed', documentId });

  return (
    <DetailPanel
      titleId="statement-title"
      title={customer.name}
      subtitle={identificationLabel(customer.record)}
      aside={
        mode.kind === 'debt' && (
          <button type="button" className="btn" onClick={() => setMode({ kind: 'advance' })}>
            Anticipo
          </button>
        )
      }
    >
      <StatementStatus refresh={statement.refresh} fetchedAt={statement.fetchedAt} onRefresh={statement.refreshNow} />
      {mode.kind === 'confirmed' && (
        <PaymentConfirmation
          documentId={mode.documentId}
          onNext={() => {
            setFormKey((n) => n + 1);
            setMode({ kind: 'debt' });
          }}
        />
      )}
      {mode.kind === 'advance' && setup && (
        <AdvanceForm customer={customer} setup={setup} onConfirmed={confirmed} onCancel={() => setMode({ kind: 'debt' })} />
      )}
      {mode.kind === 'debt' &&
        (statement.lines && setup ? (
          <DebtPaymentForm key={formKey} customer={customer} lines={statement.lines} setup={setup} onConfirmed={confirmed} />
        ) : (
          <p className="muted">Cargando…</p>
        ))}
    </DetailPanel>
  );
}

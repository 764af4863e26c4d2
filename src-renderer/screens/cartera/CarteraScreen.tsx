import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useServices } from '../../app/services';
import { MasterDetailScreen } from '../../ui/MasterDetailScreen';
import { useNavigationFocus } from '../../ui/use-navigation-focus';
import { CustomerSearch } from '../clientes/CustomerSearch';
import { customerItemByKey } from '../clientes/load-customer';
import './cartera.css';
import { CustomerStatement } from './CustomerStatement';
import { ReceivablesView } from './ReceivablesView';

/**
 * Cartera / recaudos: find the customer, see what they owe, record what they pay; or see every
 * customer's balance by age ("Cuentas por cobrar") and open one's statement from there.
 */
export function CarteraScreen() {
  const { db } = useServices();
  const { focusId, selected: selectedKey, setSelected: setSelectedKey } = useNavigationFocus();
  const [view, setView] = useState<'statement' | 'receivables'>('statement');
  const customer = useLiveQuery(() => (selectedKey ? customerItemByKey(db, selectedKey) : undefined), [db, selectedKey]);
  const switcher = (
    <div className="cartera-views" role="group" aria-label="Vista de cartera">
      <button type="button" className={view === 'statement' ? 'btn btn-primary' : 'btn'} aria-pressed={view === 'statement'} onClick={() => setView('statement')}>
        Estado de cuenta
      </button>
      <button type="button" className={view === 'receivables' ? 'btn btn-primary' : 'btn'} aria-pressed={view === 'receivables'} onClick={() => setView('receivables')}>
        Cuentas por cobrar
      </button>
    </div>
  );
  if (view === 'receivables') {
    return (
      <section className="screen" aria-labelledby="screen-title">
        <div className="screen-head">
          <h1 id="screen-title">Cartera</h1>
          {switcher}
        </div>
        <ReceivablesView
          onOpenCustomer={(key) => {
            setSelectedKey(key);
            setView('statement');
          }}
        />
      </section>
    );
  }
  return (
    <MasterDetailScreen
      title="Cartera"
      actions={switcher}
      list={<CustomerSearch autoFocus={!focusId} selectedKey={customer?.key ?? null} onOpen={(item) => setSelectedKey(item.key)} />}
    >
      {customer ? (
        <CustomerStatement key={customer.key} customer={customer} />
      ) : (
        <p className="muted panel">Busque el cliente por cédula, NIT o nombre y pulse Enter para ver su estado de cuenta.</p>
      )}
    </MasterDetailScreen>
  );
}

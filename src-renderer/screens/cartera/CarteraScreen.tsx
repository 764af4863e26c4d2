import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useApp } from '../../app/app-store';
import { useServices } from '../../app/services';
import { CustomerSearch } from '../clientes/CustomerSearch';
import { customerItemByKey } from '../clientes/load-customer';
import '../clientes/master-detail.css';
import './cartera.css';
import { CustomerStatement } from './CustomerStatement';

/** Cartera / recaudos: find the customer, see what they owe, record what they pay. */
export function CarteraScreen() {
  const { db } = useServices();
  const focusId = useApp((state) => state.navigation.focusId);
  const [selectedKey, setSelectedKey] = useState<string | null>(focusId ?? null);
  useEffect(() => {
    if (focusId) setSelectedKey(focusId);
  }, [focusId]);
  const customer = useLiveQuery(() => (selectedKey ? customerItemByKey(db, selectedKey) : undefined), [db, selectedKey]);
  return (
    <section className="screen" aria-labelledby="screen-title">
      <div className="screen-head">
        <h1 id="screen-title">Cartera</h1>
      </div>
      <div className="master-detail">
        <CustomerSearch autoFocus={!focusId} selectedKey={customer?.key ?? null} onOpen={(item) => setSelectedKey(item.key)} />
        <div className="detail-column">
          {customer ? (
            <CustomerStatement key={customer.key} customer={customer} />
          ) : (
            <p className="muted panel">Busque el cliente por cédula, NIT o nombre y pulse Enter para ver su estado de cuenta.</p>
          )}
        </div>
      </div>
    </section>
  );
}

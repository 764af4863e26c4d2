import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useApp } from '../../app/app-store';
import { useServices } from '../../app/services';
import { Kbd } from '../../ui/Kbd';
import { CustomerDetail } from './CustomerDetail';
import { CustomerSearch } from './CustomerSearch';
import { QUEUED_KEY_PREFIX } from './customer-item';
import { customerItemByKey } from './load-customer';
import { NewCustomerPanel } from './NewCustomerPanel';
import './master-detail.css';

/** Clientes: search the mirror and the customers created here, see one, create one (F2). */
export function ClientesScreen() {
  const { db } = useServices();
  const focusId = useApp((state) => state.navigation.focusId);
  const [selectedKey, setSelectedKey] = useState<string | null>(focusId ?? null);
  const [creating, setCreating] = useState(false);
  useEffect(() => {
    if (focusId) setSelectedKey(focusId);
  }, [focusId]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'F2') {
        event.preventDefault();
        setCreating(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const selected = useLiveQuery(() => (selectedKey ? customerItemByKey(db, selectedKey) : undefined), [db, selectedKey]);

  return (
    <section className="screen" aria-labelledby="screen-title">
      <div className="screen-head">
        <h1 id="screen-title">Clientes</h1>
        <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
          Nuevo cliente <Kbd>F2</Kbd>
        </button>
      </div>
      <div className="master-detail">
        <CustomerSearch
          allowInactive
          autoFocus={!focusId}
          selectedKey={selected?.key ?? null}
          onOpen={(item) => {
            setCreating(false);
            setSelectedKey(item.key);
          }}
        />
        <div className="detail-column">
          {creating ? (
            <NewCustomerPanel
              onCancel={() => setCreating(false)}
              onSaved={(documentId) => {
                setCreating(false);
                setSelectedKey(`${QUEUED_KEY_PREFIX}${documentId}`);
              }}
            />
          ) : selected ? (
            <CustomerDetail item={selected} />
          ) : (
            <p className="muted panel">Busque un cliente y pulse Enter para ver sus datos e historial.</p>
          )}
        </div>
      </div>
    </section>
  );
}

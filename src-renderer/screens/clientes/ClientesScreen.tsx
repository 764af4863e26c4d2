import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useServices } from '../../app/services';
import { Kbd } from '../../ui/Kbd';
import { MasterDetailScreen } from '../../ui/MasterDetailScreen';
import { useNavigationFocus } from '../../ui/use-navigation-focus';
import { CustomerDetail } from './CustomerDetail';
import { CustomerSearch } from './CustomerSearch';
import { QUEUED_KEY_PREFIX } from './customer-item';
import { customerItemByKey } from './load-customer';
import { NewCustomerPanel } from './NewCustomerPanel';

/** Clientes: search the mirror and the customers created here, see one, create one (F2). */
export function ClientesScreen() {
  const { db } = useServices();
  const { focusId, selected: selectedKey, setSelected: setSelectedKey } = useNavigationFocus();
  const [creating, setCreating] = useState(false);
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
    <MasterDetailScreen
      title="Clientes"
      actions={
        <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
          Nuevo cliente <Kbd>F2</Kbd>
        </button>
      }
      list={
        <CustomerSearch
          allowInactive
          autoFocus={!focusId}
          selectedKey={selected?.key ?? null}
          onOpen={(item) => {
            setCreating(false);
            setSelectedKey(item.key);
          }}
        />
      }
    >
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
    </MasterDetailScreen>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useServices } from '../../app/services';
import { Kbd } from '../../ui/Kbd';
import { MasterDetailScreen } from '../../ui/MasterDetailScreen';
import { useNavigationFocus } from '../../ui/use-navigation-focus';
import { CustomerDetail } from './CustomerDetail';
import { CustomerSearch } from './CustomerSearch';
import { EditCustomerPanel } from './EditCustomerPanel';
import { QUEUED_KEY_PREFIX } from './customer-item';
import { customerItemByKey } from './load-customer';
import { NewCustomerPanel } from './NewCustomerPanel';

/** What the detail says after an edit is saved. */
export const EDIT_SAVED = 'Cambios guardados. Se envían a Siigo en cuanto haya conexión.';
export const EDIT_MERGED = 'Cambios guardados en el cliente que aún está en cola: llega a Siigo una sola vez, ya con los cambios.';

/** Clientes: search the mirror and the customers created here, see one, create one (F2), edit one. */
export function ClientesScreen() {
  const { db } = useServices();
  const { focusId, selected: selectedKey, setSelected: setSelectedKey } = useNavigationFocus();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'F2') {
        event.preventDefault();
        setEditing(false);
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
        <button type="button" className="btn btn-primary" onClick={() => { setEditing(false); setCreating(true); }}>
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
            setEditing(false);
            setNotice(null);
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
            setNotice(null);
            setSelectedKey(`${QUEUED_KEY_PREFIX}${documentId}`);
          }}
        />
      ) : selected && editing ? (
        <EditCustomerPanel
          key={selected.key}
          item={selected}
          onCancel={() => setEditing(false)}
          onSaved={(merged) => {
            setEditing(false);
            // Folded into the customer's own creation, still waiting: say so. Folded into an
            // earlier edit still waiting is, for the user, just one change to send.
            setNotice(merged && selected.document && selected.document.state !== 'sent' ? EDIT_MERGED : EDIT_SAVED);
          }}
        />
      ) : selected ? (
        <CustomerDetail
          item={selected}
          notice={notice}
          onEdit={() => {
            setNotice(null);
            setEditing(true);
          }}
        />
      ) : (
        <p className="muted panel">Busque un cliente y pulse Enter para ver sus datos e historial.</p>
      )}
    </MasterDetailScreen>
  );
}

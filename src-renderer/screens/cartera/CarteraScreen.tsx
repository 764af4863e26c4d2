import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/services';
import { MasterDetailScreen } from '../../ui/MasterDetailScreen';
import { useNavigationFocus } from '../../ui/use-navigation-focus';
import { CustomerSearch } from '../clientes/CustomerSearch';
import { customerItemByKey } from '../clientes/load-customer';
import './cartera.css';
import { CustomerStatement } from './CustomerStatement';

/** Cartera / recaudos: find the customer, see what they owe, record what they pay. */
export function CarteraScreen() {
  const { db } = useServices();
  const { focusId, selected: selectedKey, setSelected: setSelectedKey } = useNavigationFocus();
  const customer = useLiveQuery(() => (selectedKey ? customerItemByKey(db, selectedKey) : undefined), [db, selectedKey]);
  return (
    <MasterDetailScreen
      title="Cartera"
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

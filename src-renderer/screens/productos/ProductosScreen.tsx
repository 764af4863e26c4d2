import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/services';
import { productById } from '../../data/mirror/lookups';
import { MasterDetailScreen } from '../../ui/MasterDetailScreen';
import { useNavigationFocus } from '../../ui/use-navigation-focus';
import { ProductDetail } from './ProductDetail';
import { ProductSearch } from './ProductSearch';

/** Productos: the mirrored catalog, searchable offline, with prices, taxes and stock. */
export function ProductosScreen() {
  const { db } = useServices();
  const { selected: selectedId, setSelected: setSelectedId } = useNavigationFocus();
  // Live: an incremental pull that changes prices or stock updates the open detail.
  const selected = useLiveQuery(() => (selectedId ? productById(db, selectedId) : undefined), [db, selectedId]);
  return (
    <MasterDetailScreen title="Productos" list={<ProductSearch selectedId={selectedId} onOpen={(row) => setSelectedId(row.id)} />}>
      {selected ? <ProductDetail row={selected} /> : <p className="muted panel">Busque un producto y pulse Enter para ver precios y existencias.</p>}
    </MasterDetailScreen>
  );
}

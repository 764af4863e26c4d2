import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useApp } from '../../app/app-store';
import { useServices } from '../../app/services';
import { productById } from '../../data/mirror/lookups';
import { ProductDetail } from './ProductDetail';
import { ProductSearch } from './ProductSearch';
import '../clientes/master-detail.css';

/** Productos: the mirrored catalog, searchable offline, with prices, taxes and stock. */
export function ProductosScreen() {
  const { db } = useServices();
  const focusId = useApp((state) => state.navigation.focusId);
  const [selectedId, setSelectedId] = useState<string | null>(focusId ?? null);
  useEffect(() => {
    if (focusId) setSelectedId(focusId);
  }, [focusId]);
  // Live: an incremental pull that changes prices or stock updates the open detail.
  const selected = useLiveQuery(() => (selectedId ? productById(db, selectedId) : undefined), [db, selectedId]);
  return (
    <section className="screen" aria-labelledby="screen-title">
      <div className="screen-head">
        <h1 id="screen-title">Productos</h1>
      </div>
      <div className="master-detail">
        <ProductSearch selectedId={selectedId} onOpen={(row) => setSelectedId(row.id)} />
        <div className="detail-column">
          {selected ? <ProductDetail row={selected} /> : <p className="muted panel">Busque un producto y pulse Enter para ver precios y existencias.</p>}
        </div>
      </div>
    </section>
  );
}

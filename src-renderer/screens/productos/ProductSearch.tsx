import type { ProductRow } from '../../data/mirror/rows';
import { Money } from '../../ui/Money';
import { RecordSearch, type RecordSearchTexts } from '../../ui/RecordSearch';
import { findProducts } from './product-search';

const TEXTS: RecordSearchTexts = {
  label: 'Buscar producto',
  placeholder: 'Código, código de barras o nombre',
  listLabel: 'Productos encontrados',
  nothingImported: 'Aún no hay productos importados.',
  noMatch: 'Ningún producto coincide.',
  more: 'Ver más productos',
};

/** Search box + results: code, barcode (a scanner types it and Enter) or words of the name. */
export function ProductSearch({ onOpen, selectedId }: { onOpen(row: ProductRow): void; selectedId: string | null }) {
  return (
    <RecordSearch
      find={findProducts}
      texts={TEXTS}
      keyOf={(row) => row.id}
      selectedKey={selectedId}
      onOpen={onOpen}
      allowInactive
      autoFocus
      title={(row) => (
        <>
          {row.name}
          {!row.active && <span className="badge badge-warn">Inactivo</span>}
        </>
      )}
      details={(row) => <ProductFigures row={row} />}
    />
  );
}

/** Code, first list price and units available, as far as Siigo gave them. */
function ProductFigures({ row }: { row: ProductRow }) {
  const price = row.siigo.prices?.[0]?.price_list[0]?.value;
  return (
    <>
      {row.code}
      {price !== undefined && (
        <>
          {' · '}
          <Money value={price} />
        </>
      )}
      {row.siigo.available_quantity != null && ` · ${row.siigo.available_quantity} disp.`}
    </>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useServices } from '../../app/services';
import type { ProductRow } from '../../data/mirror/rows';
import { Money } from '../../ui/Money';
import { onListKeyDown } from '../clientes/list-navigation';
import { useDebounced } from '../clientes/use-debounced';
import { findProducts } from './product-search';

const PAGE = 30;

/** Search box + results: code, barcode (a scanner types it and Enter) or words of the name. */
export function ProductSearch({ onOpen, selectedId }: { onOpen(row: ProductRow): void; selectedId: string | null }) {
  const { db } = useServices();
  const [text, setText] = useState('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const query = useDebounced(text);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setLimit(PAGE), [query, includeInactive]);
  useEffect(() => input.current?.focus(), []);
  const page = useLiveQuery(() => findProducts(db, query, { limit, includeInactive }), [db, query, limit, includeInactive]);
  const items = page?.items ?? [];
  const settled = page !== undefined && query === text;

  return (
    <div className="picker" data-nav-scope onKeyDown={onListKeyDown}>
      <label>
        Buscar producto
        <input
          ref={input}
          type="search"
          data-nav-home
          value={text}
          placeholder="Código, código de barras o nombre"
          autoComplete="off"
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && settled && items[0]) onOpen(items[0]);
          }}
        />
      </label>
      <label className="check">
        <input type="checkbox" checked={includeInactive} onChange={(event) => setIncludeInactive(event.target.checked)} />
        Mostrar inactivos
      </label>
      <ul className="result-list" aria-label="Productos encontrados" aria-busy={!settled}>
        {items.map((row) => {
          const price = row.siigo.prices?.[0]?.price_list[0]?.value;
          return (
            <li key={row.id}>
              <button
                type="button"
                data-nav-item
                className={row.id === selectedId ? 'result selected' : 'result'}
                aria-current={row.id === selectedId ? 'true' : undefined}
                onClick={() => onOpen(row)}
              >
                <span className="result-title">
                  {row.name}
                  {!row.active && <span className="badge badge-warn">Inactivo</span>}
                </span>
                <span className="result-sub">
                  {row.code}
                  {price !== undefined && (
                    <>
                      {' · '}
                      <Money value={price} />
                    </>
                  )}
                  {row.siigo.available_quantity != null && ` · ${row.siigo.available_quantity} disp.`}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {page && items.length === 0 && <p className="muted">{query.trim() === '' ? 'Aún no hay productos importados.' : 'Ningún producto coincide.'}</p>}
      {page?.more && (
        <button type="button" className="btn" onClick={() => setLimit((n) => n + PAGE)}>
          Ver más productos
        </button>
      )}
    </div>
  );
}

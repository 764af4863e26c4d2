import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useServices } from '../../app/services';
import { findCustomers } from './customer-search';
import type { CustomerItem } from './customer-item';
import { cityName, identificationLabel } from './identification';
import { onListKeyDown } from './list-navigation';
import { useDebounced } from './use-debounced';

const PAGE = 30;

interface Props {
  /** Called with the chosen customer (click, Enter on an entry, or Enter in the box: first result). */
  onOpen(item: CustomerItem): void;
  selectedKey?: string | null;
  /** Offer "Mostrar inactivos" (Clientes); Cartera lists active customers only. */
  allowInactive?: boolean;
  autoFocus?: boolean;
}

/** Search box + results: cédula/NIT (with or without dots) or words of the name, accents ignored. */
export function CustomerSearch({ onOpen, selectedKey = null, allowInactive = false, autoFocus = false }: Props) {
  const { db } = useServices();
  const [text, setText] = useState('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const query = useDebounced(text);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setLimit(PAGE), [query, includeInactive]);
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);
  const page = useLiveQuery(() => findCustomers(db, query, { limit, includeInactive }), [db, query, limit, includeInactive]);
  const items = page?.items ?? [];
  const searching = page === undefined || query !== text;

  return (
    <div className="picker" data-nav-scope onKeyDown={onListKeyDown}>
      <label>
        Buscar cliente
        <input
          ref={input}
          type="search"
          data-nav-home
          value={text}
          placeholder="Cédula, NIT o nombre"
          autoComplete="off"
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !searching && items[0]) onOpen(items[0]);
          }}
        />
      </label>
      {allowInactive && (
        <label className="check">
          <input type="checkbox" checked={includeInactive} onChange={(event) => setIncludeInactive(event.target.checked)} />
          Mostrar inactivos
        </label>
      )}
      <ul className="result-list" aria-label="Clientes encontrados" aria-busy={searching}>
        {items.map((item) => (
          <li key={item.key}>
            <button
              type="button"
              data-nav-item
              className={item.key === selectedKey ? 'result selected' : 'result'}
              aria-current={item.key === selectedKey ? 'true' : undefined}
              onClick={() => onOpen(item)}
            >
              <span className="result-title">
                {item.name}
                {item.document && <span className="badge badge-neutral">En cola</span>}
                {!item.active && <span className="badge badge-warn">Inactivo</span>}
              </span>
              <span className="result-sub">
                {identificationLabel(item.record)}
                {item.branchOffice !== 0 ? ` · Sucursal ${item.branchOffice}` : ''}
                {cityName(item.record) ? ` · ${cityName(item.record)}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {page && items.length === 0 && <p className="muted">{query.trim() === '' ? 'Aún no hay clientes importados.' : 'Ningún cliente coincide.'}</p>}
      {page?.more && (
        <button type="button" className="btn" onClick={() => setLimit((n) => n + PAGE)}>
          Ver más clientes
        </button>
      )}
    </div>
  );
}

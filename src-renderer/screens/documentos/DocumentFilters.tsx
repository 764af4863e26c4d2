import { useLiveQuery } from 'dexie-react-hooks';
import type { KeyboardEvent, RefObject } from 'react';
import { quickRange, type QuickRange } from '../../../src-shared/documents/document-day';
import { useServices } from '../../app/services';
import { Kbd } from '../../ui/Kbd';
import { cashierName } from '../caja/cashiers';
import { useDocumentFilter } from './document-filter-store';
import { kindOptions, rangeProblem, stateOptions, type KindFilter, type StateFilter } from './document-filters';

const quickPicks: ReadonlyArray<{ pick: QuickRange; label: string }> = [
  { pick: 'today', label: 'Hoy' },
  { pick: 'week', label: 'Esta semana' },
  { pick: 'month', label: 'Este mes' },
];

/** Sellers as Siigo names its users; inactive ones too, as old documents name them. */
function useSellers() {
  const { db } = useServices();
  return useLiveQuery(async () => (await db.users.toArray()).map((user) => ({ id: user.id, name: cashierName(user) })).sort((a, b) => a.name.localeCompare(b.name, 'es')), [db]);
}

/** Search (customer, identification or number), kind, state, seller and the document's dates. */
export function DocumentFilters({ searchRef, onArrowDown }: { searchRef: RefObject<HTMLInputElement | null>; onArrowDown(): void }) {
  const { filter, setFilter } = useDocumentFilter();
  const sellers = useSellers();
  const problem = rangeProblem(filter);
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter') {
      event.preventDefault();
      onArrowDown();
    }
  };
  return (
    <div className="doc-filters" role="search">
      <label className="grow">
        <span>
          Buscar por cliente o número <Kbd>F3</Kbd>
        </span>
        <input
          ref={searchRef}
          type="search"
          value={filter.text}
          placeholder="Nombre, NIT/cédula o FV-1-123"
          onChange={(event) => setFilter({ text: event.target.value })}
          onKeyDown={onSearchKey}
        />
      </label>
      <label>
        Tipo
        <select value={filter.kind} onChange={(event) => setFilter({ kind: event.target.value as KindFilter })}>
          {kindOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Estado
        <select value={filter.state} onChange={(event) => setFilter({ state: event.target.value as StateFilter })}>
          {stateOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Vendedor
        <select value={filter.sellerId === null ? '' : String(filter.sellerId)} onChange={(event) => setFilter({ sellerId: event.target.value === '' ? null : Number(event.target.value) })}>
          <option value="">Todos los vendedores</option>
          {(sellers ?? []).map((seller) => (
            <option key={seller.id} value={seller.id}>
              {seller.name}
            </option>
          ))}
        </select>
      </label>
      <div className="doc-dates" role="group" aria-label="Fechas (hora de Bogotá)">
        <label>
          Desde
          <input type="date" value={filter.from} max={filter.to || undefined} aria-invalid={problem !== null} onChange={(event) => setFilter({ from: event.target.value })} />
        </label>
        <label>
          Hasta
          <input type="date" value={filter.to} min={filter.from || undefined} aria-invalid={problem !== null} onChange={(event) => setFilter({ to: event.target.value })} />
        </label>
        {quickPicks.map(({ pick, label }) => (
          <button key={pick} type="button" className="btn" onClick={() => setFilter(quickRange(pick, new Date()))}>
            {label}
          </button>
        ))}
        {(filter.from !== '' || filter.to !== '') && (
          <button type="button" className="btn" onClick={() => setFilter({ from: '', to: '' })}>
            Todas las fechas
          </button>
        )}
      </div>
      {problem && (
        <p className="field-error doc-range-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

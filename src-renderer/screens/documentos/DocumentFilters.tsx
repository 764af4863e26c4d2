import type { KeyboardEvent, RefObject } from 'react';
import { Kbd } from '../../ui/Kbd';
import { useDocumentFilter } from './document-filter-store';
import { kindOptions, stateOptions, type KindFilter, type StateFilter } from './document-filters';

/** Search (customer, identification or number) and the kind and state filters. */
export function DocumentFilters({ searchRef, onArrowDown }: { searchRef: RefObject<HTMLInputElement | null>; onArrowDown(): void }) {
  const { filter, setFilter } = useDocumentFilter();
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
    </div>
  );
}

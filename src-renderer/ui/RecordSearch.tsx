import { useEffect, useRef, type ReactNode } from 'react';
import { onListKeyDown } from './list-navigation';
import { usePagedSearch, type FindPage } from './use-paged-search';

/** What a record search says, in Spanish, for its kind of record. */
export interface RecordSearchTexts {
  /** The box's label, e.g. "Buscar cliente". */
  label: string;
  placeholder: string;
  /** The result list's accessible name, e.g. "Clientes encontrados". */
  listLabel: string;
  /** An empty box and an empty list: nothing was imported yet. */
  nothingImported: string;
  /** Text typed and nothing matches. */
  noMatch: string;
  /** The button that lists one more page. */
  more: string;
}

interface Props<T> {
  find: FindPage<T>;
  texts: RecordSearchTexts;
  keyOf(item: T): string;
  selectedKey: string | null;
  /** Called with the chosen record (click, Enter on an entry, or Enter in the box: first result). */
  onOpen(item: T): void;
  /** The entry's first line (name and badges) and its second, smaller one. */
  title(item: T): ReactNode;
  details(item: T): ReactNode;
  /** Offer "Mostrar inactivos". */
  allowInactive?: boolean;
  autoFocus?: boolean;
}

/**
 * The left column of a master-detail screen (Clientes, Productos, Cartera): a search box over a
 * paged, live list of entries. Keys: ↓ from the box into the list, ↑/↓/Home/End in it (list-
 * navigation), Enter on an entry opens it; Enter in the box opens the first result, but only once
 * the list answers what is typed, so a fast typist never opens a match of a shorter text.
 */
export function RecordSearch<T>({ find, texts, keyOf, selectedKey, onOpen, title, details, allowInactive = false, autoFocus = false }: Props<T>) {
  const search = usePagedSearch(find);
  const { items, page } = search;
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);

  return (
    <div className="picker" data-nav-scope onKeyDown={onListKeyDown}>
      <label>
        {texts.label}
        <input
          ref={input}
          type="search"
          data-nav-home
          value={search.text}
          placeholder={texts.placeholder}
          autoComplete="off"
          onChange={(event) => search.setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !search.searching && items[0]) onOpen(items[0]);
          }}
        />
      </label>
      {allowInactive && (
        <label className="check">
          <input type="checkbox" checked={search.includeInactive} onChange={(event) => search.setIncludeInactive(event.target.checked)} />
          Mostrar inactivos
        </label>
      )}
      <ul className="result-list" aria-label={texts.listLabel} aria-busy={search.searching}>
        {items.map((item) => {
          const key = keyOf(item);
          const selected = key === selectedKey;
          return (
            <li key={key}>
              <button
                type="button"
                data-nav-item
                className={selected ? 'result selected' : 'result'}
                aria-current={selected ? 'true' : undefined}
                onClick={() => onOpen(item)}
              >
                <span className="result-title">{title(item)}</span>
                <span className="result-sub">{details(item)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {page && items.length === 0 && <p className="muted">{search.query.trim() === '' ? texts.nothingImported : texts.noMatch}</p>}
      {page?.more && (
        <button type="button" className="btn" onClick={search.showMore}>
          {texts.more}
        </button>
      )}
    </div>
  );
}

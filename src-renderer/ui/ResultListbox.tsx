import type { ReactNode } from 'react';
import type { ComboboxSearch } from './use-combobox-search';

/**
 * The list of matches under a search combobox (`useComboboxSearch`): one option per result, the
 * active one marked for screen readers and highlighted. Nothing is drawn while there are no
 * results. Options are chosen on mouse down with the default prevented, so the box keeps the
 * focus (a click must not blur it and close the list before the choice lands).
 */
export function ResultListbox<T>({
  combobox,
  label,
  keyOf,
  onChoose,
  children,
}: {
  combobox: ComboboxSearch<T>;
  /** The list's accessible name, e.g. "Clientes encontrados". */
  label: string;
  keyOf(result: T): string;
  onChoose(result: T): void;
  /** The cells of one option. */
  children(result: T): ReactNode;
}) {
  const { results, active, listId, optionId } = combobox;
  if (results.length === 0) return null;
  return (
    <ul id={listId} role="listbox" aria-label={label} className="search-results">
      {results.map((result, i) => (
        <li
          key={keyOf(result)}
          id={optionId(i)}
          role="option"
          aria-selected={i === active}
          className={i === active ? 'active' : undefined}
          onMouseDown={(event) => {
            event.preventDefault();
            onChoose(result);
          }}
        >
          {children(result)}
        </li>
      ))}
    </ul>
  );
}

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

/** Below this many typed characters nothing is searched and the list is closed. */
export const MIN_QUERY_LENGTH = 2;

/**
 * The state of a search box with a keyboard list of matches under it (an ARIA combobox whose
 * listbox is drawn by `ResultListbox`): the typed text, the matches, the active option.
 *
 * `search` runs `delayMs` after the last keystroke. It must keep its identity between renders
 * (wrap it in useCallback): a new identity is a new search. Answers of searches started before
 * the last keystroke or `reset` are dropped (a generation counter), so a slow answer never
 * replaces a newer one nor refills a box just cleared.
 *
 * Ids follow `idPrefix`: `<prefix>-search-input`, `<prefix>-search-results`, `<prefix>-option-<i>`
 * (e2e tests and aria-activedescendant rely on them).
 */
export function useComboboxSearch<T>({
  search,
  delayMs,
  idPrefix,
}: {
  search(query: string): Promise<T[]>;
  delayMs: number;
  idPrefix: string;
}) {
  const [text, setText] = useState('');
  const [results, setResults] = useState<T[]>([]);
  const [active, setActive] = useState(0);
  /** An arrow key moved through this list of results (Enter then means "this option"). */
  const [navigated, setNavigated] = useState(false);
  const generation = useRef(0);

  useEffect(() => {
    const query = text.trim();
    const mine = ++generation.current;
    if (query.length < MIN_QUERY_LENGTH) {
      setResults([]);
      return;
    }
    const timer = setTimeout(() => {
      void search(query).then((found) => {
        if (generation.current !== mine) return;
        setResults(found);
        setActive(0);
        setNavigated(false);
      });
    }, delayMs);
    return () => clearTimeout(timer);
  }, [search, delayMs, text]);

  /** Empties the box and closes the list; answers still on their way are dropped. */
  const reset = () => {
    generation.current++;
    setText('');
    setResults([]);
    setNavigated(false);
  };

  /**
   * The box's keys: Enter is the caller's (`onEnter`); ↑/↓ move the active option, wrapping
   * around; Esc on a typed search clears it and stops there, while on an empty box it reaches
   * the screen (which may cancel the sale or close a form).
   */
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, onEnter: () => void) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onEnter();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (results.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + results.length) % results.length);
      setNavigated(true);
    } else if (event.key === 'Escape' && text !== '') {
      event.preventDefault();
      event.stopPropagation();
      reset();
    }
  };

  const listId = `${idPrefix}-search-results`;
  const optionId = (index: number) => `${idPrefix}-option-${index}`;
  /** Spread on the <input>: what makes it a combobox that points at its list and active option. */
  const inputProps = {
    id: `${idPrefix}-search-input`,
    type: 'search',
    autoComplete: 'off',
    value: text,
    role: 'combobox',
    'aria-expanded': results.length > 0,
    'aria-controls': listId,
    'aria-activedescendant': results[active] ? optionId(active) : undefined,
  } as const;

  return { text, setText, results, active, navigated, reset, onKeyDown, listId, optionId, inputProps };
}

export type ComboboxSearch<T> = ReturnType<typeof useComboboxSearch<T>>;

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useServices } from '../app/services';
import type { MostradorDB } from '../data/db';
import { useDebounced } from './use-debounced';

/** Rows shown at first and added by each "Ver más". */
const PAGE = 30;

export interface SearchPage<T> {
  items: T[];
  /** More rows match beyond the limit asked for. */
  more: boolean;
}

/** A search of the local database: empty text browses, inactive rows only when asked for. */
export type FindPage<T> = (db: MostradorDB, text: string, options: { limit: number; includeInactive: boolean }) => Promise<SearchPage<T>>;

/**
 * The state behind a master-detail search list: the typed text, "Mostrar inactivos", and a page
 * of `find`'s answer that grows by PAGE. The query runs once typing pauses (useDebounced) and is
 * live: rows a pull or the outbox changes are listed again. A new query or filter starts from
 * the first page. `find` must keep its identity between renders (a module-level function).
 */
export function usePagedSearch<T>(find: FindPage<T>) {
  const { db } = useServices();
  const [text, setText] = useState('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const query = useDebounced(text);
  useEffect(() => setLimit(PAGE), [query, includeInactive]);
  const page = useLiveQuery(() => find(db, query, { limit, includeInactive }), [db, find, query, limit, includeInactive]);
  return {
    text,
    setText,
    query,
    includeInactive,
    setIncludeInactive,
    /** Undefined until the first answer. */
    page,
    items: page?.items ?? [],
    /** The list does not answer the text in the box yet (typing, or the query is running). */
    searching: page === undefined || query !== text,
    showMore: () => setLimit((n) => n + PAGE),
  };
}

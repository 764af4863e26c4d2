import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { addShown, emptyTotals, type ShownTotals } from '../../../src-shared/documents/shown-totals';
import type { MostradorDB } from '../../data/db';
import { useDebounced } from '../../ui/use-debounced';
import { documentFacts } from './document-facts';
import type { DocumentFilter } from './document-filters';
import { eachShownDocument } from './document-query';

/** The totals walk every document shown: once typing or a burst of writes pauses, not per keystroke or per write. */
const TOTALS_DELAY_MS = 300;

/** Thrown into the walk of a request that a newer one replaced, to stop reading at once. */
const superseded = new Error('superseded');

/**
 * The totals of what `filter` shows, summed again when the filter or any document changes, once
 * changes pause (`TOTALS_DELAY_MS`). Changes are noticed by a count over the whole table (a
 * key-only read); a walk still running when a newer one starts is stopped, so walks never pile
 * up during a replay. Undefined while the current filter's are summed.
 */
export function useShownTotals(db: MostradorDB, filter: DocumentFilter): ShownTotals | undefined {
  const changed = useLiveQuery(async () => ({ count: await db.documents.count() }), [db]);
  const request = useMemo(() => ({ filter, changed }), [filter, changed]);
  const settled = useDebounced(request, TOTALS_DELAY_MS);
  const [result, setResult] = useState<{ filter: DocumentFilter; totals: ShownTotals }>();

  useEffect(() => {
    if (!settled.changed) return;
    let current = true;
    const totals = emptyTotals();
    void eachShownDocument(db, settled.filter, (document) => {
      if (!current) throw superseded;
      addShown(totals, document.kind, documentFacts(document).total, document.state);
    })
      .then(() => {
        if (current) setResult({ filter: settled.filter, totals });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [db, settled]);

  // Totals of an older filter are never shown as this one's.
  return result && result.filter === filter ? result.totals : undefined;
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useApp } from '../../app/app-store';
import { useServices } from '../../app/services';
import { DocumentDetail } from './DocumentDetail';
import { DocumentFilters } from './DocumentFilters';
import { DocumentList } from './DocumentList';
import { filterNeedingAttention, useDocumentFilter } from './document-filter-store';
import { documentMatcher } from './document-filters';
import './documentos.css';

/** How many rows are drawn at first; "Mostrar más" adds this many again. */
const PAGE_SIZE = 200;

/**
 * Every document made on this PC, newest first, with its state; the detail beside the list.
 * Opened with a focus id (a DIAN notice, the tray), it shows that document.
 */
export function DocumentosScreen() {
  const { db } = useServices();
  const navigation = useApp((state) => state.navigation);
  const focusId = navigation.focusId;
  const filter = useDocumentFilter((state) => state.filter);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [openId, setOpenId] = useState<string | null>(focusId ?? null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusId) setOpenId(focusId);
  }, [focusId]);
  // Each request to see what needs attention applies the filter again, even if the cashier changed it since.
  useEffect(() => {
    if (navigation.onlyNeedingAttention) filterNeedingAttention();
  }, [navigation]);

  const matches = useMemo(() => documentMatcher(filter), [filter]);
  // Ids are ULIDs: ordering by primary key is creation order, so "newest first" needs no extra index
  // and Dexie stops reading as soon as `limit` rows matched.
  const documents = useLiveQuery(
    () => db.documents.orderBy(':id').reverse().filter(matches).limit(limit + 1).toArray(),
    [db, matches, limit],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'F3' || (event.ctrlKey && event.key.toLowerCase() === 'f')) {
        event.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const focusList = () => listRef.current?.querySelector<HTMLElement>('[role="option"][tabindex="0"]')?.focus();
  const closeDetail = () => {
    setOpenId(null);
    requestAnimationFrame(focusList);
  };

  const visible = documents?.slice(0, limit) ?? [];
  return (
    <section className="screen documentos" aria-labelledby="screen-title">
      <h1 id="screen-title">Documentos</h1>
      <DocumentFilters searchRef={searchRef} onArrowDown={focusList} />
      <div className={openId ? 'doc-layout with-detail' : 'doc-layout'}>
        <div className="doc-list-pane">
          {documents === undefined ? (
            <p className="muted">Cargando documentos…</p>
          ) : (
            <DocumentList documents={visible} openId={openId} onOpen={setOpenId} listRef={listRef} />
          )}
          {documents !== undefined && documents.length > limit && (
            <button type="button" className="btn more" onClick={() => setLimit(limit + PAGE_SIZE)}>
              Mostrar más documentos
            </button>
          )}
        </div>
        {openId && <DocumentDetail documentId={openId} onClose={closeDetail} />}
      </div>
    </section>
  );
}

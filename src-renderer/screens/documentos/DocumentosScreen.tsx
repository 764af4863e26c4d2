import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { colombiaToday } from '../../../src-shared/validation';
import { useApp } from '../../app/app-store';
import { useServices } from '../../app/services';
import { cashierName } from '../caja/cashiers';
import { DocumentDetail } from './DocumentDetail';
import { DocumentFilters } from './DocumentFilters';
import { DocumentList } from './DocumentList';
import { DocumentTotals } from './DocumentTotals';
import { downloadDocumentsCsv } from './document-csv';
import { filterNeedingAttention, useDocumentFilter } from './document-filter-store';
import { allShownDocuments, shownDocuments } from './document-query';
import { useShownTotals } from './use-shown-totals';
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
  const [exporting, setExporting] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusId) setOpenId(focusId);
  }, [focusId]);
  // Each request to see what needs attention applies the filter again, even if the cashier changed it since.
  useEffect(() => {
    if (navigation.onlyNeedingAttention) filterNeedingAttention();
  }, [navigation]);

  // Newest first through the narrowest index (document-query.ts); reading stops once `limit` matched.
  const documents = useLiveQuery(() => shownDocuments(db, filter, limit + 1), [db, filter, limit]);
  const totals = useShownTotals(db, filter);

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

  const exportCsv = async () => {
    setExporting('Preparando el archivo…');
    try {
      const [shown, users] = await Promise.all([allShownDocuments(db, filter), db.users.toArray()]);
      downloadDocumentsCsv(shown, new Map(users.map((user) => [user.id, cashierName(user)])), filter, colombiaToday(new Date()));
      setExporting(null);
    } catch (error) {
      setExporting(`No se pudo exportar: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const visible = documents?.slice(0, limit) ?? [];
  return (
    <section className="screen documentos" aria-labelledby="screen-title">
      <h1 id="screen-title">Documentos</h1>
      <DocumentFilters searchRef={searchRef} onArrowDown={focusList} />
      <div className="doc-summary">
        <DocumentTotals totals={totals} />
        <button type="button" className="btn" onClick={() => void exportCsv()} disabled={documents === undefined || documents.length === 0}>
          Exportar CSV
        </button>
        {exporting && (
          <span className={exporting.startsWith('No se pudo') ? 'field-error' : 'muted'} role={exporting.startsWith('No se pudo') ? 'alert' : undefined}>
            {exporting}
          </span>
        )}
      </div>
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

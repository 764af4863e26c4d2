import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { DianStatusChange } from '../sync/stamp/stamp-watch';
import { dianDocumentWords } from '../../src-shared/ipc/desktop';
import { useApp } from './app-store';

/** How long an accepted invoice's notice stays before it goes by itself (its last second fades, styles.css). */
export const ACCEPTED_NOTICE_MS = 6000;

const PANEL_ID = 'dian-notices-panel';

const word = (notice: DianStatusChange) => dianDocumentWords[notice.kind].one;
const invoice = (notice: DianStatusChange) => (notice.name ? `${word(notice)} ${notice.name}` : word(notice));
const viewLabel = (notice: DianStatusChange) => `Ver la ${word(notice).toLowerCase()}${notice.name ? ` ${notice.name}` : ''}`;

export function noticeText(notice: DianStatusChange): string {
  if (notice.status === 'Accepted') return `${invoice(notice)} aceptada por la DIAN`;
  if (notice.status === 'Rejected') return `${invoice(notice)} rechazada por la DIAN${notice.errors[0] ? `: ${notice.errors[0]}` : ''}`;
  return `${invoice(notice)} sin respuesta de la DIAN`;
}

/** The status bar's line already says "DIAN": there the newest notice reads short (full text on hover and in the list). */
export function shortNoticeText(notice: DianStatusChange): string {
  const name = notice.name ?? word(notice);
  if (notice.status === 'Accepted') return `${name} aceptada`;
  if (notice.status === 'Rejected') return `${name} rechazada${notice.errors[0] ? `: ${notice.errors[0]}` : ''}`;
  return `${name} sin respuesta`;
}

const tone = (notice: DianStatusChange) => (notice.status === 'Accepted' ? 'ok' : notice.status === 'Rejected' ? 'bad' : 'warn');

/** Newest first, one per document (the latest answer about it). */
function newestFirst(notices: readonly DianStatusChange[]): DianStatusChange[] {
  const seen = new Set<string>();
  const shown: DianStatusChange[] = [];
  for (let i = notices.length - 1; i >= 0; i--) {
    const notice = notices[i]!;
    if (seen.has(notice.documentId)) continue;
    seen.add(notice.documentId);
    shown.push(notice);
  }
  return shown;
}

/** Accepted invoices are good news the cashier needs no action on: each goes after ACCEPTED_NOTICE_MS. */
function useAcceptedExpiry(notices: readonly DianStatusChange[], dismiss: (documentId: string) => void): void {
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const accepted = new Set(notices.filter((n) => n.status === 'Accepted').map((n) => n.documentId));
    for (const id of accepted) {
      if (timers.current.has(id)) continue;
      timers.current.set(id, setTimeout(() => {
        timers.current.delete(id);
        dismiss(id);
      }, ACCEPTED_NOTICE_MS));
    }
    for (const [id, timer] of timers.current) {
      if (accepted.has(id)) continue;
      clearTimeout(timer);
      timers.current.delete(id);
    }
  }, [notices, dismiss]);
  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
    };
  }, []);
}

/** The notices as shown: newest first, one per document. */
export function useDianNotices(): DianStatusChange[] {
  return newestFirst(useApp((state) => state.dianNotices));
}

function useView() {
  const dismiss = useApp((state) => state.dismissDianNotice);
  const go = useApp((state) => state.go);
  // Opening the invoice is seeing the notice: it goes.
  return (notice: DianStatusChange) => {
    dismiss(notice.documentId);
    go('documentos', notice.documentId);
  };
}

const TOGGLE_ID = 'dian-notices-toggle';

/**
 * The DIAN's answers, in the status bar's line: a button with their count (red while any needs a
 * look) and, beside it, the newest one on a single line with "Ver". The button opens the whole
 * list (`DianNoticeList`), which the status bar shows as a row of its own above its line: both
 * stay in the bar's flow, so no number of notices covers the totals or "Confirmar venta".
 * Accepted invoices go by themselves after a few seconds; rejected and unanswered ones stay
 * until seen ("Ver") or closed.
 */
export function DianNotices({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const stored = useApp((state) => state.dianNotices);
  const dismiss = useApp((state) => state.dismissDianNotice);
  const view = useView();
  useAcceptedExpiry(stored, dismiss);
  const notices = newestFirst(stored);
  // The list closes with its last notice, so the next one does not open it by itself.
  useEffect(() => {
    if (notices.length === 0 && open) onOpenChange(false);
  }, [notices.length, open, onOpenChange]);
  if (notices.length === 0) return null;
  const newest = notices[0]!;
  const needingLook = notices.filter((n) => n.status !== 'Accepted').length;
  const label = `Avisos de la DIAN: ${notices.length}${needingLook > 0 ? `, ${needingLook} por revisar` : ''}`;
  return (
    <div className="dian-notices">
      <button
        id={TOGGLE_ID}
        type="button"
        className={`dian-toggle dian-${needingLook > 0 ? 'bad' : 'ok'}`}
        aria-label={label}
        aria-expanded={open}
        aria-controls={PANEL_ID}
        onClick={() => onOpenChange(!open)}
      >
        DIAN <span className="dian-count">{notices.length}</span>
      </button>
      <p className="dian-ticker" role="status">
        {!open && (
          <span key={newest.documentId} className={`dian-latest dian-${tone(newest)}${newest.status === 'Accepted' ? ' dian-fading' : ''}`}>
            <span className="dian-latest-text" title={noticeText(newest)}>{shortNoticeText(newest)}</span>
            <button type="button" className="link" aria-label={viewLabel(newest)} onClick={() => view(newest)}>
              Ver
            </button>
          </span>
        )}
      </p>
    </div>
  );
}

/** Every notice, newest first, each with "Ver" and "Cerrar", and one "Cerrar todo". Esc closes the list. */
export function DianNoticeList({ onClose }: { onClose(): void }) {
  const notices = useDianNotices();
  const dismiss = useApp((state) => state.dismissDianNotice);
  const view = useView();
  if (notices.length === 0) return null;
  const closeAll = () => {
    for (const notice of notices) dismiss(notice.documentId);
    onClose();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // The list's own Esc: it must not reach the screen (Venta would offer to cancel the sale).
    event.stopPropagation();
    onClose();
    document.getElementById(TOGGLE_ID)?.focus();
  };
  return (
    <section id={PANEL_ID} className="dian-panel" aria-label="Avisos de la DIAN" onKeyDown={onKeyDown}>
      <header className="dian-panel-head">
        <strong>Avisos de la DIAN</strong>
        <span className="muted small">Los más recientes primero</span>
        <button type="button" className="btn btn-small" onClick={closeAll}>
          Cerrar todo
        </button>
      </header>
      <ul>
        {notices.map((notice) => (
          <li key={notice.documentId} className={`dian-notice dian-${tone(notice)}${notice.status === 'Accepted' ? ' dian-fading' : ''}`}>
            <span className="dian-notice-text">{noticeText(notice)}</span>
            <button type="button" className="btn btn-small" aria-label={viewLabel(notice)} onClick={() => view(notice)}>
              Ver
            </button>
            <button type="button" className="dian-close" aria-label={`Cerrar aviso: ${noticeText(notice)}`} title="Cerrar aviso" onClick={() => dismiss(notice.documentId)}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

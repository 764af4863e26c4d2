import { useApp } from './app-store';

/** DIAN answers as they arrive; clicking one opens the document. */
export function DianNotices() {
  const notices = useApp((state) => state.dianNotices);
  const dismiss = useApp((state) => state.dismissDianNotice);
  const go = useApp((state) => state.go);
  if (notices.length === 0) return null;
  return (
    <aside className="notices" aria-live="polite">
      {notices.slice(-3).map((notice) => (
        <div key={notice.documentId} className={`notice notice-${notice.status === 'Accepted' ? 'ok' : 'bad'}`}>
          <button type="button" className="link" onClick={() => go('documentos', notice.documentId)}>
            {notice.status === 'Accepted'
              ? `Factura ${notice.name ?? ''} aceptada por la DIAN`
              : notice.status === 'Rejected'
                ? `Factura ${notice.name ?? ''} rechazada por la DIAN: ${notice.errors[0] ?? ''}`
                : `Factura ${notice.name ?? ''} sin respuesta de la DIAN`}
          </button>
          <button type="button" aria-label="Cerrar aviso" onClick={() => dismiss(notice.documentId)}>
            ×
          </button>
        </div>
      ))}
    </aside>
  );
}

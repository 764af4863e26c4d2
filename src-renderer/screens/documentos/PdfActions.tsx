import { useRef, useState } from 'react';
import type { Failure } from '../../../src-shared/failure';
import { isBrowserPreview } from '../../bridge';
import { useServices } from '../../app/services';
import type { DocumentRow } from '../../data/outbox/rows';
import { base64ToBlob, downloadBlob } from './download';
import { pdfFileName } from './document-facts';
import { FailureExplanation, failureOf } from './FailureExplanation';

/**
 * The invoice's PDF as Siigo renders it (needs the connection; fetched once per detail).
 * "Abrir PDF" opens it in a new tab in the browser preview. The desktop window may open no other
 * window (hardening), so there it is saved instead and the user opens it from the saved file.
 */
export function PdfActions({ document }: { document: DocumentRow & { siigo: NonNullable<DocumentRow['siigo']> } }) {
  const { bridge } = useServices();
  const cached = useRef<Blob | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const fileName = pdfFileName(document);

  const load = async (): Promise<Blob | null> => {
    if (cached.current) return cached.current;
    setBusy(true);
    setFailure(null);
    try {
      const pdf = await bridge.invoke('invoices:pdf', { id: document.siigo.id });
      cached.current = base64ToBlob(pdf.base64, 'application/pdf');
      return cached.current;
    } catch (error) {
      setFailure(failureOf(error));
      return null;
    } finally {
      setBusy(false);
    }
  };

  const open = async () => {
    const blob = await load();
    if (!blob) return;
    if (isBrowserPreview) {
      const url = URL.createObjectURL(blob);
      // Not the 'noopener' feature: with it window.open returns null even on success, and a
      // blocked pop-up could not be told apart. The opener is cut by hand instead.
      const opened = window.open(url, '_blank');
      if (opened) opened.opener = null;
      setNote(opened === null ? 'El navegador no abrió una pestaña nueva. Use “Guardar PDF”.' : null);
      setTimeout(() => URL.revokeObjectURL(url), 5 * 60_000);
    } else {
      downloadBlob(fileName, blob);
      setNote(`Se guardó ${fileName}. Ábralo desde la carpeta donde lo guardó.`);
    }
  };

  const save = async () => {
    const blob = await load();
    if (!blob) return;
    downloadBlob(fileName, blob);
    setNote(`PDF guardado como ${fileName}.`);
  };

  return (
    <div className="pdf-actions">
      <div className="actions">
        <button type="button" className="btn" disabled={busy} onClick={() => void open()}>
          Abrir PDF
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void save()}>
          Guardar PDF
        </button>
        {busy && <span className="muted">Descargando el PDF de Siigo…</span>}
      </div>
      {note && (
        <p className="muted" role="status">
          {note}
        </p>
      )}
      {failure && <FailureExplanation failure={failure} title="No se pudo obtener el PDF:" />}
    </div>
  );
}

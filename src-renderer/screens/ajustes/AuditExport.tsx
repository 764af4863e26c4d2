import { useState } from 'react';
import type { Failure } from '../../../src-shared/failure';
import { useServices } from '../../app/services';
import { exportAudit } from '../../data/outbox/audit';
import { downloadText } from '../documentos/download';
import { FailureExplanation, failureOf } from '../documentos/FailureExplanation';
import { useAdminGate } from './admin-gate';
import { isAdminFailure } from './SaveFailure';

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'America/Bogota' });

/**
 * The audit trail for the accountant (CSV, opens in Excel: a BOM so accents survive) or for
 * support (JSON); and the redacted support bundle main writes to Descargas. All of it holds every
 * document and customer, so it is shown only in an unlocked Administración; main also refuses
 * the support bundle while its PIN guard is locked (the audit is read from this PC's database).
 */
export function AuditExport() {
  const { db, bridge } = useServices();
  const relock = useAdminGate();
  const [note, setNote] = useState<string | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  const download = async (format: 'csv' | 'json') => {
    setFailure(null);
    const text = await exportAudit(db, format);
    const name = `auditoria-mostrador-${today()}.${format}`;
    if (format === 'csv') downloadText(name, `\uFEFF${text}`, 'text/csv;charset=utf-8');
    else downloadText(name, text, 'application/json');
    setNote(`Se descargó ${name}.`);
  };

  const diagnostics = async () => {
    setFailure(null);
    try {
      const audit = await db.audit.orderBy('seq').toArray();
      const result = await bridge.invoke('diagnostics:export', { audit: audit.slice(-100_000).map((row) => ({ ...row })) });
      setNote(`Diagnóstico guardado en ${result.path}. Envíe ese archivo a soporte.`);
    } catch (error) {
      const found = failureOf(error);
      // Main locked first: Administración shows the lock; unlocking shows this button again.
      if (isAdminFailure(found)) relock('Administración se bloqueó y no se exportó el diagnóstico: desbloquee con el PIN y vuelva a exportarlo.');
      else setFailure(found);
    }
  };

  return (
    <section className="panel settings-section" aria-labelledby="audit-export-title">
      <h3 id="audit-export-title">Auditoría y soporte</h3>
      <p className="muted">Todo lo que Mostrador envió a Siigo y lo que Siigo respondió, documento por documento, sin contraseñas.</p>
      <div className="actions">
        <button type="button" className="btn" onClick={() => void download('csv')}>
          Exportar auditoría (CSV)
        </button>
        <button type="button" className="btn" onClick={() => void download('json')}>
          Exportar auditoría (JSON)
        </button>
        <button type="button" className="btn" onClick={() => void diagnostics()}>
          Exportar diagnóstico
        </button>
      </div>
      {note && (
        <p className="ok" role="status">
          {note}
        </p>
      )}
      {failure && <FailureExplanation failure={failure} title="No se pudo exportar el diagnóstico:" />}
    </section>
  );
}

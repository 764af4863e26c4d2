import { useState, type FormEvent } from 'react';
import { bogotaDateTime } from '../../../src-shared/cash/bogota-time';
import type { Failure } from '../../../src-shared/failure';
import { SNAPSHOT_CLAVE_MIN_LENGTH } from '../../../src-shared/snapshot/snapshot-format';
import { useServices } from '../../app/services';
import { exportMirror, type SnapshotProgress } from '../../data/snapshot/export-mirror';
import { importMirror } from '../../data/snapshot/import-mirror';
import { failureOf } from '../documentos/FailureExplanation';
import { useAdminGate } from './admin-gate';
import { isAdminFailure } from './SaveFailure';
import { SecretField } from './SecretField';

const count = (value: number) => value.toLocaleString('es-CO');

/** What a refusal says to the administrator: main's and the database's own Spanish words, or a plain retry. */
function refusalText(failure: Failure): string {
  if (failure.kind === 'invalid_input' || failure.kind === 'invalid_response') return failure.message;
  return 'Se perdió la comunicación con Mostrador mientras se copiaba la base: vuelva a intentarlo.';
}

type Busy = { action: 'export' | 'import'; progress: SnapshotProgress | null } | null;

/**
 * Ajustes › Administración › "Base para otra caja": exports this counter's mirror to a file
 * protected with a clave, or loads another counter's file, so a new counter of the same company
 * starts with every customer and product without spending the company's Siigo requests
 * (docs/decisions/0023). Main chooses the file in its dialogs, checks the PIN guard, the clave and
 * the company; the clave fields are emptied as soon as it is sent. After a load the mirror pulls
 * only what changed in Siigo since the file was made.
 */
export function SnapshotSection() {
  const { db, bridge, pulls } = useServices();
  const relock = useAdminGate();
  const [exportForm, setExportForm] = useState({ clave: '', repeat: '' });
  const [exportErrors, setExportErrors] = useState<{ clave?: string; repeat?: string }>({});
  const [importClave, setImportClave] = useState('');
  const [importError, setImportError] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [note, setNote] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const fail = (error: unknown, action: string) => {
    const failure = failureOf(error);
    if (isAdminFailure(failure)) relock(`Administración se bloqueó y no se ${action} la base: desbloquee con el PIN y vuelva a intentarlo.`);
    else setRefusal(refusalText(failure));
  };

  const exportBase = async (event: FormEvent) => {
    event.preventDefault();
    setNote(null);
    setRefusal(null);
    const errors: { clave?: string; repeat?: string } = {};
    if ([...exportForm.clave].length < SNAPSHOT_CLAVE_MIN_LENGTH) errors.clave = `Clave: escriba al menos ${SNAPSHOT_CLAVE_MIN_LENGTH} caracteres.`;
    else if (exportForm.repeat !== exportForm.clave) errors.repeat = 'Repita la clave: no es igual a la primera.';
    setExportErrors(errors);
    if (errors.clave || errors.repeat) return;
    const { clave, repeat } = exportForm;
    // Sent once, then forgotten here: main derives the file's key from it.
    setExportForm({ clave: '', repeat: '' });
    setBusy({ action: 'export', progress: null });
    try {
      const result = await exportMirror(db, bridge, {
        clave,
        confirm: repeat,
        onProgress: (progress) => setBusy({ action: 'export', progress }),
      });
      if (result.status === 'saved') {
        setNote(`Base guardada en “${result.fileName}” (${count(result.rows)} registros). Llévela a la otra caja y cárguela allí con la misma clave.`);
      }
    } catch (error) {
      fail(error, 'exportó');
    } finally {
      setBusy(null);
    }
  };

  const importBase = async (event: FormEvent) => {
    event.preventDefault();
    setNote(null);
    setRefusal(null);
    if (importClave.length === 0) {
      setImportError('Clave del archivo: escriba la clave con la que se exportó la base.');
      return;
    }
    setImportError(null);
    const clave = importClave;
    setImportClave('');
    setBusy({ action: 'import', progress: null });
    // A pull under way would go on writing its own pages and checkpoint over the loaded base, and
    // the rows it stored before the load are replaced by the file's older copies: changes made in
    // Siigo between the file and that pull's start would never be asked for again. So the pulls
    // stop (a new counter's first sync is usually running) once the file is open and checked,
    // and resume after the load.
    let resume = () => {};
    try {
      const result = await importMirror(db, bridge, {
        clave,
        onProgress: (progress) => setBusy({ action: 'import', progress }),
        beforeWrite: async () => {
          resume = await pulls.hold();
        },
      });
      if (result.status === 'loaded') {
        setNote(
          `Base cargada: ${count(result.customers + result.products)} clientes y productos al ${bogotaDateTime(result.snapshot.createdAt)}; ` +
            'se traen de Siigo solo los cambios desde entonces.',
        );
      }
    } catch (error) {
      fail(error, 'cargó');
    } finally {
      resume();
      // After a load: only what changed since the file; after a failed one, whatever the mirror needs.
      void pulls.pullNow().catch(() => undefined);
      setBusy(null);
    }
  };

  const progress = busy?.progress;
  return (
    <section className="panel settings-section" aria-labelledby="snapshot-title">
      <h3 id="snapshot-title">Base para otra caja</h3>
      <p className="muted small">
        ¿Va a poner otra caja en esta tienda? Exporte aquí la base (clientes, productos y catálogos) y cárguela en la caja nueva: así no
        tiene que traer todo desde Siigo, que limita las consultas de la empresa entre todas las cajas. El archivo va protegido con una
        clave; las ventas, la caja y los documentos no van en él.
      </p>
      <form onSubmit={(event) => void exportBase(event)} aria-label="Exportar la base" noValidate>
        <div className="field-grid">
          <SecretField
            label="Clave"
            value={exportForm.clave}
            error={exportErrors.clave ?? null}
            onChange={(clave) => setExportForm((form) => ({ ...form, clave }))}
          />
          <SecretField
            label="Repita la clave"
            value={exportForm.repeat}
            error={exportErrors.repeat ?? null}
            onChange={(repeat) => setExportForm((form) => ({ ...form, repeat }))}
          />
        </div>
        <div className="actions">
          <button type="submit" className="btn" disabled={busy !== null}>
            Exportar la base
          </button>
        </div>
      </form>
      <form onSubmit={(event) => void importBase(event)} aria-label="Cargar la base de otra caja" noValidate>
        <p className="muted small">Cargar una base reemplaza los clientes, productos y catálogos de esta caja; lo que falte por enviar a Siigo no se toca.</p>
        <div className="field-grid">
          <SecretField label="Clave del archivo" value={importClave} error={importError} onChange={setImportClave} />
        </div>
        <div className="actions">
          <button type="submit" className="btn" disabled={busy !== null}>
            Cargar la base de otra caja
          </button>
        </div>
      </form>
      {busy && (
        <p role="status">
          {busy.action === 'export' ? 'Exportando' : 'Cargando'}{' '}
          <progress max={progress?.total ?? undefined} value={progress?.done} aria-label={busy.action === 'export' ? 'Exportando la base' : 'Cargando la base'} />{' '}
          {progress ? `${count(progress.done)} de ${count(progress.total)}` : 'Elija el archivo…'}
        </p>
      )}
      {note && (
        <p className="ok" role="status">
          {note}
        </p>
      )}
      {refusal && (
        <p className="field-error" role="alert">
          {refusal}
        </p>
      )}
    </section>
  );
}

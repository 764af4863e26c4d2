import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../app/app-store';
import { useServices } from '../../app/services';
import { formatDateTime } from '../documentos/format';
import { entityLabels, mirrorEntityViews, type MirrorEntityView } from './mirror-entities';

const count = (n: number) => n.toLocaleString('es-CO');
const shortLabels = { customers: 'clientes', products: 'productos', catalogs: 'catálogos' } as const;

/**
 * The first import's progress: live from the pull while it runs, else from the saved checkpoint
 * (an import cut by a restart resumes from there, and the cashier should see how far it got).
 */
function ImportProgress({ view }: { view: MirrorEntityView }) {
  const live = useApp((state) => state.mirror.progress[view.entity]);
  const saved = view.state.fullPull;
  const progress =
    live && live.phase === 'full' && live.done < live.total
      ? { done: live.done, total: live.total }
      : saved
        ? { done: saved.done, total: saved.totalResults }
        : null;
  if (!progress) return null;
  const label = `Importando ${shortLabels[view.entity]}`;
  return (
    <div className="import-bar">
      <progress max={progress.total ?? undefined} value={progress.total === null ? undefined : progress.done} aria-label={label} />
      <span>
        {count(progress.done)} de {progress.total === null ? '…' : count(progress.total)}
      </span>
    </div>
  );
}

/**
 * Catalogs (document types, taxes, payment types, …) are pulled only when older than an hour:
 * a change made in Siigo Nube shows at once with this button, through the pull scheduler's
 * single flight (never two pulls at the same time).
 */
function RefreshCatalogs({ pulling }: { pulling: boolean }) {
  const { pulls } = useServices();
  return (
    <button type="button" className="btn catalog-refresh" disabled={pulling} onClick={() => void pulls.pullNow({ forceCatalogs: true }).catch(() => undefined)}>
      Actualizar catálogos
    </button>
  );
}

function status(view: MirrorEntityView, pulling: boolean): string {
  if (view.state.fullPull) return pulling ? 'Importación inicial en curso' : 'Importación inicial pausada; continuará en la próxima sincronización';
  if (view.state.lastError) return 'Error en la última actualización';
  if (!view.state.lastSuccessAt) return 'Aún no se ha descargado';
  return 'Al día';
}

/** Customers, products and catalogs: rows on this PC, last pull, last error, import progress. */
export function MirrorTable() {
  const { db } = useServices();
  const pulling = useApp((state) => state.mirror.pulling);
  // Re-read when a pull writes progress, so row counts move with the bar.
  const progress = useApp((state) => state.mirror.progress);
  const views = useLiveQuery(() => mirrorEntityViews(db), [db, progress]);
  return (
    <table className="mirror-table">
      <caption>Datos de Siigo guardados en este equipo</caption>
      <thead>
        <tr>
          <th scope="col">Datos</th>
          <th scope="col" className="num">
            Registros
          </th>
          <th scope="col">Última actualización</th>
          <th scope="col">Estado</th>
        </tr>
      </thead>
      <tbody>
        {(views ?? []).map((view) => (
          <tr key={view.entity}>
            <th scope="row">{entityLabels[view.entity]}</th>
            <td className="num">{count(view.rows)}</td>
            <td>{formatDateTime(view.state.lastSuccessAt)}</td>
            <td>
              <div>{status(view, pulling)}</div>
              <ImportProgress view={view} />
              {view.entity === 'catalogs' && <RefreshCatalogs pulling={pulling} />}
              {view.state.lastError && (
                <div className="field-error">
                  No se pudo actualizar; se reintentará en la próxima sincronización.
                  <span className="tech-detail"> Detalle técnico: {view.state.lastError}</span>
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

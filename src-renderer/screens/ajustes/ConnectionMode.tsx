import type { ConnectionInfo } from '../../../src-shared/ipc/contract';
import { otherBacklogs } from '../../app/company-backlogs';

/** Documents other companies left waiting on this PC: they go out only once that company is connected again. */
function OtherCompanies({ current }: { current: string }) {
  const others = otherBacklogs(current);
  if (others.length === 0) return null;
  return (
    <ul className="muted" aria-label="Otras empresas con documentos por enviar" data-testid="other-backlogs">
      {others.map(({ company, waiting }) => (
        <li key={company.id}>
          {company.name}: {waiting === 1 ? '1 documento espera' : `${waiting.toLocaleString('es-CO')} documentos esperan`} en este equipo; se
          enviarán cuando vuelva a conectar esa empresa.
        </li>
      ))}
    </ul>
  );
}

/** Which Siigo the app talks to, said plainly: the embedded demo must never pass for the real company. */
export function ConnectionMode({ info, busy, onBackToDemo }: { info: ConnectionInfo | null; busy: boolean; onBackToDemo(): void }) {
  if (!info) return <p className="muted">Consultando la conexión…</p>;
  if (info.mode === 'demo') {
    return (
      <div className="mode-box mode-demo" role="note" aria-label="Modo actual">
        <strong>Modo demostración.</strong> Mostrador usa un Siigo de pruebas integrado en este equipo, con una empresa de ejemplo: nada de lo
        que haga aquí llega a su empresa ni a la DIAN. Para trabajar de verdad, escriba abajo las credenciales de su cuenta de Siigo Nube.
        <OtherCompanies current={info.company.id} />
      </div>
    );
  }
  return (
    <div className="mode-box mode-real" role="note" aria-label="Modo actual">
      <div>
        <p>
          <strong>Conectado a Siigo Nube: {info.company.name}</strong> ({info.baseUrl}). Las facturas llegan a esta empresa real y a la DIAN;
          sus datos y documentos se guardan aparte de los de cualquier otra empresa conectada en este equipo.
        </p>
        {info.needsAccessKey && (
          <p className="field-error" role="alert">
            No hay una llave de acceso guardada para esta empresa en este equipo: escríbala abajo y pulse “Guardar conexión”. Hasta entonces no
            se envía nada y los documentos esperan en este equipo.
          </p>
        )}
        <OtherCompanies current={info.company.id} />
      </div>
      <button type="button" className="btn" disabled={busy} onClick={onBackToDemo}>
        Volver al modo demostración
      </button>
    </div>
  );
}

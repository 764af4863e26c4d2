import { useState, type FormEvent } from 'react';
import type { AdminStatus } from '../../../src-shared/ipc/desktop';
import { useApp } from '../../app/app-store';
import { useServices } from '../../app/services';
import { notePinStatus, pinProblem, refusalText } from './admin-pin';
import { PinField } from './PinField';

/**
 * A forgotten PIN. With a real company, whoever knows its Siigo access key (the same person who
 * may change the connection) removes it: main checks the key with Siigo. In demo mode there is
 * no real company to protect, so it is removed without one.
 */
function ForgottenPin({ onStatus }: { onStatus(status: AdminStatus, notice: string): void }) {
  const { bridge } = useServices();
  const demo = useApp((state) => state.connection?.mode === 'demo');
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!demo && key === '') {
      setError('Llave de acceso de Siigo: escríbala para quitar el PIN.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const status = notePinStatus(await bridge.invoke('admin:reset-pin', { accessKey: demo ? '' : key }));
      onStatus(status, 'Se quitó el PIN. Ponga uno nuevo en “PIN de administrador”.');
    } catch (caught) {
      setError(refusalText(caught));
    } finally {
      setKey('');
      setBusy(false);
    }
  };

  return (
    <details className="forgotten-pin">
      <summary>¿Olvidó el PIN?</summary>
      <form onSubmit={(event) => void submit(event)} aria-label="Quitar un PIN olvidado" noValidate>
        {demo ? (
          <p className="muted small">En modo demostración no hay una empresa real que proteger: puede quitar el PIN sin más.</p>
        ) : (
          <>
            <p className="muted small">
              Escriba la llave de acceso de la cuenta de Siigo conectada (en Siigo Nube: Alianzas &gt; Mi Credencial API). Mostrador la comprueba
              con Siigo y, si es la correcta, quita el PIN.
            </p>
            <label className="field">
              Llave de acceso de Siigo
              <input type="password" autoComplete="off" value={key} aria-invalid={error !== null} onChange={(event) => setKey(event.target.value)} />
            </label>
          </>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="btn" disabled={busy}>
            Quitar el PIN
          </button>
        </div>
      </form>
    </details>
  );
}

/** Administración while locked: what it guards, the PIN to unlock it, and the way out of a forgotten PIN. */
export function AdminLock({ onStatus }: { onStatus(status: AdminStatus, notice: string | null): void }) {
  const { bridge } = useServices();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = pinProblem(pin);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    try {
      onStatus(notePinStatus(await bridge.invoke('admin:unlock', { pin })), null);
    } catch (caught) {
      setError(refusalText(caught));
    } finally {
      // Nothing of the PIN stays in the window once main has answered.
      setPin('');
      setBusy(false);
    }
  };

  return (
    <div className="panel admin-locked">
      <p>
        <strong>Bloqueado con PIN.</strong> La conexión con Siigo, el envío a la DIAN, los valores de los documentos, los datos del recibo y la
        auditoría solo los cambia un administrador.
      </p>
      <form className="unlock" onSubmit={(event) => void submit(event)} aria-label="Desbloquear administración" noValidate>
        <PinField
          value={pin}
          error={error}
          onChange={(value) => {
            setPin(value);
            setError(null);
          }}
        />
        <button type="submit" className="btn btn-primary" disabled={busy}>
          Desbloquear
        </button>
      </form>
      <ForgottenPin onStatus={onStatus} />
    </div>
  );
}

import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Failure } from '../../../src-shared/failure';
import { useApp } from '../../app/app-store';
import { switchCompany, useServices } from '../../app/services';
import { failureOf } from '../documentos/FailureExplanation';
import { useAdminGate } from './admin-gate';
import { SaveFailure, isAdminFailure } from './SaveFailure';
import { initialForm, storedKeyFor, toConnectionSettings, validateConnection, type ConnectionErrors, type ConnectionForm } from './connection-form';
import { ConnectionFields } from './ConnectionFields';
import { ConnectionMode } from './ConnectionMode';

type Outcome = { kind: 'ok'; text: string } | { kind: 'failure'; failure: Failure; title: string } | null;

/**
 * Ajustes > Conexión con Siigo. "Guardar conexión" (and "Probar conexión" with changes typed)
 * has main test the account with Siigo and store it only if Siigo accepts it: a failed test
 * changes nothing. Another company means the window starts again on that company's database.
 * The access key goes to main only.
 */
export function ConnectionSettings() {
  const services = useServices();
  const { bridge, pulls, outbox } = services;
  const info = useApp((state) => state.connection);
  const secretStorage = useApp((state) => state.settings?.secretStorage ?? null);
  const [form, setForm] = useState<ConnectionForm>(() => initialForm(info));
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<ConnectionErrors>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState<null | 'save' | 'test' | 'demo'>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const relock = useAdminGate();
  const fail = (error: unknown, title: string) => {
    const failure = failureOf(error);
    setOutcome({ kind: 'failure', failure, title });
    if (isAdminFailure(failure)) relock();
  };

  // The shell loads the connection at start; until the user types, follow it.
  useEffect(() => {
    if (!dirty) setForm(initialForm(info));
  }, [info, dirty]);

  const change = (field: keyof ConnectionForm, value: string) => {
    setForm((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
    setDirty(true);
  };

  /** Validates and stores the form; false when something must be corrected first. */
  const save = async (): Promise<boolean> => {
    const found = validateConnection(form, info);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      // Keyboard-first: put the cursor where the first correction is needed.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return false;
    }
    const saved = await bridge.invoke('connection:set', toConnectionSettings(form));
    setForm((current) => ({ ...current, accessKey: '' }));
    setDirty(false);
    if (switchCompany(services, saved)) return true;
    // The same company (a new key, a new Partner-Id): send what waits with it.
    useApp.getState().set({ connection: saved });
    void pulls.pullNow().catch(() => undefined);
    void outbox.trigger();
    return true;
  };

  const run = async (action: 'save' | 'test') => {
    setBusy(action);
    setOutcome(null);
    try {
      if ((action === 'save' || dirty) && !(await save())) return;
      if (action === 'save' || dirty) {
        setOutcome({ kind: 'ok', text: 'Conexión correcta: Siigo aceptó el usuario API, la llave y el Partner-Id, y quedó guardada.' });
        return;
      }
      const result = await bridge.invoke('connection:test', undefined);
      setOutcome({ kind: 'ok', text: result.mode === 'demo' ? 'Conexión correcta con el Siigo de demostración.' : 'Conexión correcta: Siigo aceptó el usuario API, la llave y el Partner-Id.' });
    } catch (error) {
      fail(error, action === 'test' && !dirty ? 'La prueba de conexión falló:' : 'Siigo no aceptó esta conexión; no se guardó nada:');
    } finally {
      setBusy(null);
    }
  };

  const backToDemo = async () => {
    setBusy('demo');
    setOutcome(null);
    try {
      const saved = await bridge.invoke('connection:set', { mode: 'demo' });
      setDirty(false);
      if (switchCompany(services, saved)) return;
      useApp.getState().set({ connection: saved });
      setOutcome({ kind: 'ok', text: 'Volvió al modo demostración.' });
    } catch (error) {
      fail(error, 'No se pudo volver al modo demostración:');
    } finally {
      setBusy(null);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run('save');
  };

  return (
    <section className="panel settings-section" aria-labelledby="connection-title">
      <h3 id="connection-title">Conexión con Siigo</h3>
      <ConnectionMode info={info} busy={busy === 'demo'} onBackToDemo={() => void backToDemo()} />
      <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Cuenta de Siigo Nube">
        <ConnectionFields form={form} errors={errors} storedKey={storedKeyFor(form, info)} onChange={change} />
        {secretStorage && (
          <p className="muted small">
            La llave de acceso se guarda en: {secretStorage.description}.{secretStorage.warning ? ` ${secretStorage.warning}` : ''}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={busy !== null}>
            Guardar conexión
          </button>
          <button type="button" className="btn" disabled={busy !== null} onClick={() => void run('test')}>
            Probar conexión
          </button>
          {busy === 'save' && <span className="muted">Guardando…</span>}
          {busy === 'test' && <span className="muted">Consultando a Siigo…</span>}
        </div>
      </form>
      <div aria-live="polite">
        {outcome?.kind === 'ok' && (
          <p className="ok" role="status">
            {outcome.text}
          </p>
        )}
        {outcome?.kind === 'failure' && <SaveFailure failure={outcome.failure} title={outcome.title} />}
      </div>
    </section>
  );
}

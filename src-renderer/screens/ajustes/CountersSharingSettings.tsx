import { useEffect, useId, useState, type FormEvent } from 'react';
import { useApp } from '../../app/app-store';
import { useServices } from '../../app/services';
import { FailureExplanation, failureOf } from '../documentos/FailureExplanation';
import { loadSettings, saveDefaults } from './defaults-store';
import { SaveFailure } from './SaveFailure';
import { useAdminSave } from './use-admin-save';

export const MAX_COUNTERS = 20;

/** The number as typed, or why it cannot be saved (in a shop's words). */
export function countersProblem(typed: string): string | null {
  const text = typed.trim();
  if (!/^\d+$/.test(text)) return 'Escriba cuántas cajas usan esta cuenta, un número entero del 1 al 20.';
  const value = Number(text);
  if (value < 1 || value > MAX_COUNTERS) return 'Las cajas que comparten la cuenta deben ser de 1 a 20.';
  return null;
}

/**
 * Ajustes › Administración › Cajas que comparten la cuenta: Siigo allows 100 requests a minute
 * per company, shared by every counter of the shop. Main gives each new Siigo client's limiter
 * this share to start with; the limiter then adapts to what the others leave. A limiter already
 * running keeps its own, so the change applies when Mostrador is opened again.
 */
export function CountersSharingSettings() {
  const { bridge } = useServices();
  const settings = useApp((state) => state.settings);
  const [typed, setTyped] = useState<string | null>(settings ? String(settings.defaults.countersSharingAccount) : null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { busy, failure, setFailure, run } = useAdminSave();
  const hintId = useId();
  const errorId = useId();

  useEffect(() => {
    if (!settings) loadSettings(bridge).catch((error: unknown) => setFailure(failureOf(error)));
    else setTyped((current) => current ?? String(settings.defaults.countersSharingAccount));
  }, [bridge, settings, setFailure]);

  if (typed === null) {
    return (
      <section className="panel settings-section" aria-labelledby="counters-settings-title">
        <h3 id="counters-settings-title">Cajas que comparten la cuenta</h3>
        {failure ? <FailureExplanation failure={failure} title="No se pudieron leer los ajustes:" /> : <p className="muted">Cargando…</p>}
      </section>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = countersProblem(typed);
    setProblem(found);
    if (found) return;
    const done = await run(async () => {
      const next = await saveDefaults(bridge, { countersSharingAccount: Number(typed.trim()) });
      setTyped(String(next.defaults.countersSharingAccount));
    });
    if (done) setSaved(true);
  };

  return (
    <section className="panel settings-section" aria-labelledby="counters-settings-title">
      <h3 id="counters-settings-title">Cajas que comparten la cuenta</h3>
      <form onSubmit={(event) => void submit(event)} aria-labelledby="counters-settings-title" noValidate>
        <div className="field counters-field">
          <label>
            Cajas que comparten esta cuenta de Siigo
            <input
              value={typed}
              inputMode="numeric"
              autoComplete="off"
              aria-invalid={problem !== null}
              aria-describedby={[hintId, problem ? errorId : null].filter(Boolean).join(' ')}
              onChange={(event) => {
                setTyped(event.target.value);
                setProblem(null);
                setSaved(false);
              }}
            />
          </label>
          <span id={hintId} className="hint">
            Si varias cajas usan la misma cuenta, cada una empieza con su parte de las 100 consultas por minuto de Siigo y luego se
            reparten solas lo que queda libre. El cambio se aplica al salir de Mostrador (icono junto al reloj › Salir) y abrirlo de nuevo.
          </span>
          {problem && (
            <span id={errorId} className="field-error" role="alert">
              {problem}
            </span>
          )}
        </div>
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            Guardar cajas
          </button>
          {saved && (
            <span className="ok" role="status">
              Guardado. Se aplica al salir de Mostrador (icono junto al reloj › Salir) y abrirlo de nuevo.
            </span>
          )}
        </div>
      </form>
      {failure && <SaveFailure failure={failure} title="No se pudo guardar cuántas cajas comparten la cuenta:" />}
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import type { AdminStatus } from '../../../src-shared/ipc/desktop';
import { useServices } from '../../app/services';
import { notePinStatus, pinProblem, refusalText } from './admin-pin';
import { PinField } from './PinField';

interface Errors {
  current?: string;
  next?: string;
  repeat?: string;
}

const empty = { current: '', next: '', repeat: '' };

/**
 * Sets, changes or removes the administrator's PIN. Changing or removing it asks for the current
 * one (main checks it). Any change locks Administración: the next step is to unlock with the PIN
 * just chosen, which also proves it was typed as meant.
 */
export function PinSettings({ pinSet, onStatus }: { pinSet: boolean; onStatus(status: AdminStatus, notice: string): void }) {
  const { bridge } = useServices();
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const change = (field: keyof typeof empty, value: string) => {
    setForm({ ...form, [field]: value });
    setErrors({ ...errors, [field]: undefined });
  };

  const send = async (next: string | null) => {
    setBusy(true);
    try {
      const status = notePinStatus(await bridge.invoke('admin:set-pin', { ...(pinSet ? { current: form.current } : {}), next }));
      onStatus(status, next === null ? 'Se quitó el PIN: cualquiera en este equipo puede cambiar la administración.' : 'PIN guardado. La administración quedó bloqueada.');
    } catch (error) {
      setErrors(pinSet ? { current: refusalText(error) } : { next: refusalText(error) });
    } finally {
      setForm(empty);
      setBusy(false);
    }
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    if (pinSet) {
      const problem = pinProblem(form.current);
      if (problem) found.current = `PIN actual: ${problem.replace(/^PIN: /, '')}`;
    }
    const nextProblem = pinProblem(form.next);
    if (nextProblem) found.next = `PIN nuevo: ${nextProblem.replace(/^PIN: /, '')}`;
    else if (form.repeat !== form.next) found.repeat = 'Repita el PIN nuevo: no coincide con el PIN nuevo.';
    setErrors(found);
    if (Object.keys(found).length === 0) void send(form.next);
  };

  const remove = () => {
    const problem = pinProblem(form.current);
    if (problem) {
      setErrors({ current: `PIN actual: ${problem.replace(/^PIN: /, '')}` });
      return;
    }
    void send(null);
  };

  return (
    <section className="panel settings-section" aria-labelledby="pin-settings-title">
      <h3 id="pin-settings-title">PIN de administrador</h3>
      <p className="muted small">
        {pinSet
          ? 'Con PIN, solo un administrador cambia esta parte de Ajustes, descarta documentos y cierra una caja con diferencia.'
          : 'Sin PIN, cualquiera en este equipo puede cambiar esta parte de Ajustes, descartar documentos y cerrar una caja con diferencia. Ponga un PIN de 4 a 8 dígitos.'}
      </p>
      <form onSubmit={save} aria-labelledby="pin-settings-title" noValidate>
        <div className="field-grid">
          {pinSet && <PinField label="PIN actual" value={form.current} error={errors.current ?? null} onChange={(value) => change('current', value)} />}
          <PinField label="PIN nuevo" value={form.next} error={errors.next ?? null} onChange={(value) => change('next', value)} />
          <PinField label="Repita el PIN nuevo" value={form.repeat} error={errors.repeat ?? null} onChange={(value) => change('repeat', value)} />
        </div>
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {pinSet ? 'Cambiar el PIN' : 'Poner PIN'}
          </button>
          {pinSet && (
            <button type="button" className="btn btn-danger" disabled={busy} onClick={remove}>
              Quitar el PIN
            </button>
          )}
        </div>
      </form>
    </section>
  );
}

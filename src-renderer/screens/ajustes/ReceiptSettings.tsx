import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Issuer } from '../../../src-shared/ipc/desktop';
import { useApp } from '../../app/app-store';
import { useServices } from '../../app/services';
import { FailureExplanation, failureOf } from '../documentos/FailureExplanation';
import { loadSettings, saveDefaults } from './defaults-store';
import { receiptFormErrors, receiptFormOf, receiptUpdate, type ReceiptForm } from './receipt-form';
import { SaveFailure } from './SaveFailure';
import { useAdminSave } from './use-admin-save';

const issuerFields: Array<{ key: Exclude<keyof Issuer, 'resolution'>; label: string; hint?: string; autoComplete?: string }> = [
  { key: 'name', label: 'Razón social o nombre del negocio', autoComplete: 'organization' },
  { key: 'nit', label: 'NIT', hint: 'Con o sin dígito de verificación, por ejemplo 900123456-8.' },
  { key: 'address', label: 'Dirección', autoComplete: 'street-address' },
  { key: 'phone', label: 'Teléfono', autoComplete: 'tel' },
];

/**
 * Ajustes › Administración › Recibo: what Siigo's API does not give and every receipt must carry
 * (the issuer and the DIAN resolution), and whether Venta needs an open cash session. The roll
 * and the printer are the cashier's, in Preferencias.
 */
export function ReceiptSettings() {
  const { bridge } = useServices();
  const settings = useApp((state) => state.settings);
  const [form, setForm] = useState<ReceiptForm | null>(settings ? receiptFormOf(settings.defaults) : null);
  const [nitError, setNitError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const { busy, failure, setFailure, run } = useAdminSave();
  const nitHintId = useId();
  const nitErrorId = useId();

  useEffect(() => {
    if (!settings) loadSettings(bridge).catch((error: unknown) => setFailure(failureOf(error)));
    else setForm((current) => current ?? receiptFormOf(settings.defaults));
  }, [bridge, settings]);

  if (!form) {
    return (
      <section className="panel settings-section" aria-labelledby="receipt-settings-title">
        <h3 id="receipt-settings-title">Recibo</h3>
        {failure ? <FailureExplanation failure={failure} title="No se pudieron leer los ajustes:" /> : <p className="muted">Cargando…</p>}
      </section>
    );
  }

  const change = (next: Partial<ReceiptForm>) => {
    setForm({ ...form, ...next });
    setSaved(false);
  };
  const changeIssuer = (key: keyof Issuer, value: string) => {
    change({ issuer: { ...form.issuer, [key]: value } });
    if (key === 'nit') setNitError(undefined);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors = receiptFormErrors(form);
    setNitError(errors.nit);
    if (errors.nit) return;
    const done = await run(async () => {
      const settingsNow = await saveDefaults(bridge, receiptUpdate(form));
      setForm(receiptFormOf(settingsNow.defaults));
    });
    if (done) setSaved(true);
  };

  return (
    <section className="panel settings-section" aria-labelledby="receipt-settings-title">
      <h3 id="receipt-settings-title">Recibo</h3>
      <p className="muted small">
        Siigo no entrega estos datos por su API: se imprimen tal cual en los recibos, notas crédito, recibos de caja y el informe Z.
      </p>
      <form onSubmit={(event) => void submit(event)} aria-labelledby="receipt-settings-title" noValidate>
        <div className="field-grid">
          {issuerFields.map((field) => {
            const isNit = field.key === 'nit';
            const describedBy = isNit ? [nitHintId, nitError ? nitErrorId : null].filter(Boolean).join(' ') : undefined;
            return (
              <div className="field" key={field.key}>
                <label>
                  {field.label}
                  <input
                    value={form.issuer[field.key]}
                    autoComplete={field.autoComplete ?? 'off'}
                    inputMode={isNit ? 'numeric' : undefined}
                    aria-invalid={isNit ? nitError !== undefined : undefined}
                    aria-describedby={describedBy}
                    onChange={(event) => changeIssuer(field.key, event.target.value)}
                  />
                </label>
                {field.hint && (
                  <span id={nitHintId} className="hint">
                    {field.hint}
                  </span>
                )}
                {isNit && nitError && (
                  <span id={nitErrorId} className="field-error" role="alert">
                    {nitError}
                  </span>
                )}
              </div>
            );
          })}
        </div>
        <label className="field">
          Resolución DIAN (texto que se imprime)
          <textarea
            rows={3}
            value={form.issuer.resolution}
            placeholder="Resolución DIAN 18764000000000 del 2026-01-15, prefijo FE del 1 al 10000, vigencia 24 meses"
            onChange={(event) => changeIssuer('resolution', event.target.value)}
          />
        </label>
        <div className="checks">
          <label className="check">
            <input type="checkbox" checked={form.cashSessionRequired} onChange={(event) => change({ cashSessionRequired: event.target.checked })} />
            Exigir caja abierta para vender
          </label>
        </div>
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            Guardar datos del recibo
          </button>
          {saved && (
            <span className="ok" role="status">
              Guardado. Los próximos recibos salen con estos datos.
            </span>
          )}
        </div>
      </form>
      {failure && <SaveFailure failure={failure} title="No se pudieron guardar los datos del recibo:" />}
    </section>
  );
}

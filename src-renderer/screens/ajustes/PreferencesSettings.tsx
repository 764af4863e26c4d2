import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type FormEvent } from 'react';
import type { Failure } from '../../../src-shared/failure';
import type { PrinterInfo, RollWidth } from '../../../src-shared/ipc/desktop';
import { useApp } from '../../app/app-store';
import { useServices } from '../../app/services';
import { FailureExplanation, failureOf } from '../documentos/FailureExplanation';
import { catalogOptions } from './catalog-options';
import { CatalogSelect } from './CatalogSelect';
import { loadSettings, savePreferences } from './defaults-store';
import { preferencesFormOf, preferencesUpdate, type PreferencesForm } from './preferences-form';

/** The receipt printer: the OS's list in the desktop app; typed by name where there is none (browser preview). */
function PrinterChoice({ value, printers, onChange }: { value: string; printers: readonly PrinterInfo[]; onChange(name: string): void }) {
  if (printers.length === 0) {
    return (
      <label>
        Impresora de recibos
        <input value={value} placeholder="Nombre de la impresora térmica; vacío: preguntar al imprimir" onChange={(event) => onChange(event.target.value)} />
      </label>
    );
  }
  const listed = value === '' || printers.some((printer) => printer.name === value);
  return (
    <label>
      Impresora de recibos
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Preguntar al imprimir</option>
        {printers.map((printer) => (
          <option key={printer.name} value={printer.name}>
            {printer.displayName}
          </option>
        ))}
        {!listed && <option value={value}>{value} (no encontrada)</option>}
      </select>
    </label>
  );
}

/**
 * Ajustes › Preferencias de esta caja: what the cashier of this PC chooses for the counter
 * (printer, roll width, the price list the counter sells at, starting with the PC). Never
 * behind the administrator's PIN; main accepts these fields even while Administración is locked.
 */
export function PreferencesSettings() {
  const { db, bridge } = useServices();
  const settings = useApp((state) => state.settings);
  const catalogs = useLiveQuery(() => catalogOptions(db), [db]);
  const [form, setForm] = useState<PreferencesForm | null>(settings ? preferencesFormOf(settings) : null);
  const [printers, setPrinters] = useState<PrinterInfo[]>([]);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  useEffect(() => {
    if (!settings) loadSettings(bridge).catch((error: unknown) => setFailure(failureOf(error)));
    else setForm((current) => current ?? preferencesFormOf(settings));
  }, [bridge, settings]);

  useEffect(() => {
    let live = true;
    // Only the desktop app can list printers; elsewhere the list is empty and the name is typed.
    bridge
      .invoke('shell:printers', undefined)
      .then(({ printers: found }) => live && setPrinters(found))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [bridge]);

  if (!form) {
    return (
      <section className="panel settings-section" aria-labelledby="preferences-title">
        <h2 id="preferences-title">Preferencias de esta caja</h2>
        {failure ? <FailureExplanation failure={failure} title="No se pudieron leer los ajustes:" /> : <p className="muted">Cargando…</p>}
      </section>
    );
  }

  const change = (next: Partial<PreferencesForm>) => {
    setForm({ ...form, ...next });
    setSaved(false);
  };
  const priceLists = catalogs?.priceLists ?? [];
  const firstList = priceLists.find((option) => option.label.startsWith('1.'))?.label ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      setForm(preferencesFormOf(await savePreferences(bridge, preferencesUpdate(form))));
      setSaved(true);
    } catch (error) {
      setFailure(failureOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel settings-section" aria-labelledby="preferences-title">
      <h2 id="preferences-title">Preferencias de esta caja</h2>
      <p className="muted small">Lo que elige quien atiende en este equipo. No necesita el PIN de administrador.</p>
      <form onSubmit={(event) => void submit(event)} aria-labelledby="preferences-title" noValidate>
        <div className="field-grid">
          <PrinterChoice value={form.printerName} printers={printers} onChange={(printerName) => change({ printerName })} />
          <label>
            Ancho del rollo
            <select value={form.rollWidth} onChange={(event) => change({ rollWidth: event.target.value as RollWidth })}>
              <option value="80">80 mm</option>
              <option value="58">58 mm</option>
            </select>
          </label>
          <CatalogSelect label="Lista de precios" options={priceLists} value={form.priceListId} automatic={firstList} onChange={(priceListId) => change({ priceListId })} />
        </div>
        <div className="checks">
          <label className="check">
            <input type="checkbox" checked={form.startAtLogin} onChange={(event) => change({ startAtLogin: event.target.checked })} />
            Abrir Mostrador al encender el equipo
          </label>
        </div>
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            Guardar preferencias
          </button>
          {saved && (
            <span className="ok" role="status">
              Guardado.
            </span>
          )}
        </div>
      </form>
      {failure && <FailureExplanation failure={failure} title="No se pudieron guardar las preferencias:" />}
    </section>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type FormEvent } from 'react';
import type { AppDefaults } from '../../../src-shared/ipc/desktop';
import { useApp } from '../../app/app-store';
import { useDefaults } from '../../app/defaults';
import { useServices } from '../../app/services';
import { FailureExplanation, failureOf } from '../documentos/FailureExplanation';
import { DianSending } from './DianSending';
import { SaveFailure } from './SaveFailure';
import { useAdminSave } from './use-admin-save';
import { catalogOptions, type CatalogOption } from './catalog-options';
import { CatalogSelect } from './CatalogSelect';
import { toStoredDefaults } from '../../app/defaults';
import { documentDefaults, loadSettings, saveDefaults } from './defaults-store';

const labelOf = (options: readonly CatalogOption[] | undefined, id: number | null | undefined) =>
  id == null ? null : (options?.find((option) => option.id === id)?.label ?? null);

/**
 * What new invoices, quotations and payments start with (the administrator's part; the counter's
 * price list is in Preferencias); lists come from the mirrored catalogs.
 */
export function DefaultsSettings() {
  const { db, bridge } = useServices();
  const settings = useApp((state) => state.settings);
  const catalogs = useLiveQuery(() => catalogOptions(db), [db]);
  const priceListRows = useLiveQuery(() => db.priceLists.toArray(), [db]);
  const [draft, setDraft] = useState<AppDefaults | null>(settings?.defaults ?? null);
  const [saved, setSaved] = useState(false);
  const { busy, failure, setFailure, run } = useAdminSave();

  useEffect(() => {
    if (!settings) loadSettings(bridge).catch((error: unknown) => setFailure(failureOf(error)));
    else setDraft((current) => current ?? settings.defaults);
  }, [bridge, settings]);

  const resolved = useDefaults(draft && priceListRows ? toStoredDefaults(draft, priceListRows) : undefined);
  if (!draft || !catalogs) {
    return (
      <section className="panel settings-section" aria-labelledby="defaults-title">
        <h3 id="defaults-title">Valores predeterminados de los documentos</h3>
        {failure ? <FailureExplanation failure={failure} title="No se pudieron leer los ajustes:" /> : <p className="muted">Cargando…</p>}
      </section>
    );
  }

  const update = (change: Partial<AppDefaults>) => {
    setDraft({ ...draft, ...change });
    setSaved(false);
  };
  const documentType = (key: keyof AppDefaults['documentTypes'], value: number | null) => update({ documentTypes: { ...draft.documentTypes, [key]: value } });
  const empty = catalogs.invoiceTypes.length === 0 && catalogs.sellers.length === 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => saveDefaults(bridge, documentDefaults(draft)).then(() => undefined))) setSaved(true);
  };

  return (
    <section className="panel settings-section" aria-labelledby="defaults-title">
      <h3 id="defaults-title">Valores predeterminados de los documentos</h3>
      {empty && <p className="muted">Los catálogos de Siigo aún no se han descargado a este equipo. Use “Sincronizar ahora” y vuelva aquí.</p>}
      <form onSubmit={(event) => void submit(event)} aria-labelledby="defaults-title">
        <div className="field-grid">
          <CatalogSelect label="Tipo de factura" options={catalogs.invoiceTypes} value={draft.documentTypes.invoice} automatic={labelOf(catalogs.invoiceTypes, resolved?.invoiceDocumentTypeId)} onChange={(value) => documentType('invoice', value)} />
          <CatalogSelect label="Tipo de cotización" options={catalogs.quotationTypes} value={draft.documentTypes.quotation} automatic={labelOf(catalogs.quotationTypes, resolved?.quotationDocumentTypeId)} onChange={(value) => documentType('quotation', value)} />
          <CatalogSelect label="Tipo de recibo de caja" options={catalogs.receiptTypes} value={draft.documentTypes.receipt} automatic={labelOf(catalogs.receiptTypes, resolved?.receiptDocumentTypeId)} onChange={(value) => documentType('receipt', value)} />
          <CatalogSelect label="Vendedor" options={catalogs.sellers} value={draft.sellerId} automatic={labelOf(catalogs.sellers, resolved?.sellerId)} onChange={(sellerId) => update({ sellerId })} />
          <CatalogSelect label="Bodega" options={catalogs.warehouses} value={draft.warehouseId} automatic={labelOf(catalogs.warehouses, resolved?.warehouseId)} onChange={(warehouseId) => update({ warehouseId })} />
          <CatalogSelect label="Centro de costo" options={catalogs.costCenters} value={draft.costCenterId} automatic={labelOf(catalogs.costCenters, resolved?.costCenterId)} onChange={(costCenterId) => update({ costCenterId })} />
          <CatalogSelect label="Forma de pago predeterminada" options={catalogs.paymentTypes} value={draft.paymentTypeId} automatic={labelOf(catalogs.paymentTypes, resolved?.paymentTypeId)} onChange={(paymentTypeId) => update({ paymentTypeId })} />
        </div>
        <div className="checks">
          <DianSending checked={draft.sendToDian} onSaved={(sendToDian) => setDraft((current) => current && { ...current, sendToDian })} />
          <label className="check">
            <input type="checkbox" checked={draft.sendByEmail} onChange={(event) => update({ sendByEmail: event.target.checked })} />
            Enviar la factura por correo al cliente
          </label>
        </div>
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            Guardar valores predeterminados
          </button>
          {saved && (
            <span className="ok" role="status">
              Guardado. Los documentos nuevos empiezan con estos valores.
            </span>
          )}
        </div>
      </form>
      {failure && <SaveFailure failure={failure} title="No se pudieron guardar los valores:" />}
    </section>
  );
}

import { AdminSettings } from './AdminSettings';
import { PreferencesSettings } from './PreferencesSettings';
import './ajustes.css';

/*
 * Ajustes has two parts; main enforces the split (`src-main/settings/admin-fields.ts`).
 *
 * Preferencias de esta caja (the cashier's, never locked): the receipt printer, the roll width,
 * the price list the counter sells at, opening Mostrador when the PC starts.
 *
 * Administración (behind the administrator's PIN when one is set): the Siigo connection (mode,
 * API address, API user, Partner-Id, access key); the document types, the default payment type,
 * seller, warehouse and cost centre; "Enviar las facturas electrónicas a la DIAN" (asks before
 * turning it off) and by email; the receipt's header (issuer, DIAN resolution); "Exigir caja
 * abierta para vender"; the audit exports (CSV, JSON: read from this PC's database, so the
 * window shows them only unlocked) and the support bundle ("Exportar diagnóstico", which main
 * also refuses while locked); and the PIN itself. Main refuses the connection, these settings and
 * the support bundle while locked. The window also asks for the PIN to discard a document and to
 * close a cash session with a difference. Not guarded: Documentos' "Exportar CSV" (the list on
 * screen, the accountant's tool) and the sync pause, the cashier's, in Sincronización.
 */
export function AjustesScreen() {
  return (
    <section className="screen ajustes" aria-labelledby="screen-title">
      <h1 id="screen-title">Ajustes</h1>
      <PreferencesSettings />
      <AdminSettings />
    </section>
  );
}

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
 * abierta para vender"; the audit and support exports (they hold every document and customer);
 * and the PIN itself. The PIN also guards discarding a document and closing a cash session
 * with a difference. The sync pause stays the cashier's, in Sincronización.
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

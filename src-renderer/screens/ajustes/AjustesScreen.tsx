import { AuditExport } from './AuditExport';
import { ConnectionSettings } from './ConnectionSettings';
import { DefaultsSettings } from './DefaultsSettings';
import { ReceiptSettings } from './ReceiptSettings';
import './ajustes.css';

/** Ajustes: the Siigo connection (or demo mode), the defaults of new documents, the receipt, audit export. */
export function AjustesScreen() {
  return (
    <section className="screen ajustes" aria-labelledby="screen-title">
      <h1 id="screen-title">Ajustes</h1>
      <ConnectionSettings />
      <DefaultsSettings />
      <ReceiptSettings />
      <AuditExport />
    </section>
  );
}

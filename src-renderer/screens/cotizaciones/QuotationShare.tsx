import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type KeyboardEvent } from 'react';
import { EMAIL_PATTERN } from '../../../src-shared/validation';
import { useApp } from '../../app/app-store';
import { useServices } from '../../app/services';
import { EMPTY_ISSUER } from '../../receipt/receipt-model';
import type { DiscountKind } from '../../forms/lines/cart-lines';
import { customerEmail } from '../documentos/customer-email';
import { printQuotation, saveQuotationPdf } from './print-quotation';
import { QuotationDocument, type PageSize } from './QuotationDocument';
import { quotationMailto, quotationMessage } from './quotation-mail';
import { quotationFileName, quotationPrint } from './quotation-print-model';
import type { QuotationState } from './use-quotation';

/**
 * The quotation as the customer gets it, drawn here (Siigo's API has no quotation PDF): print it,
 * save it as PDF (carta or A4), or open an e-mail to the customer in the mail program.
 */
export function QuotationShare({ state, discountKind, onClose }: { state: QuotationState; discountKind: DiscountKind; onClose(): void }) {
  const { db, bridge } = useServices();
  const issuer = useApp((s) => s.settings?.defaults.issuer) ?? EMPTY_ISSUER;
  const [pageSize, setPageSize] = useState<PageSize>('Letter');
  const [message, setMessage] = useState<{ text: string; tone: 'ok' | 'error' | 'info' } | null>(null);
  const [typedEmail, setTypedEmail] = useState<string | null>(null);
  /** The message to copy by hand when no mail program opened. */
  const [unsent, setUnsent] = useState<{ to: string; subject: string; body: string } | null>(null);
  const { quotation, version } = state;
  const identification = version.body.customer?.identification ?? null;
  const suggested = useLiveQuery(() => customerEmail(db, identification, version.body.customer?.branch_office ?? 0), [db, identification]);
  const email = typedEmail ?? suggested ?? '';
  // With the type's discount kind (Ajustes), as the view and the list: a 10 may be 10% or $ 10.
  const model = quotationPrint({ quotation, body: version.body, summary: version.summary, validUntil: version.validUntil, sellerName: state.sellerName, taxes: state.taxes, issuer, discountKind });
  const fileName = quotationFileName(model.number, version.summary.customerName ?? null);

  const savePdf = async () => {
    setMessage(null);
    const outcome = await saveQuotationPdf(bridge, fileName, pageSize);
    if (outcome.kind === 'saved') setMessage({ text: `PDF guardado en ${outcome.path}`, tone: 'ok' });
    else if (outcome.kind === 'cancelled') setMessage({ text: 'No se guardó el PDF.', tone: 'info' });
    else if (outcome.kind === 'failed') setMessage({ text: 'No se pudo guardar el PDF: ciérrelo si está abierto en otro programa o elija otra carpeta.', tone: 'error' });
  };

  const sendMail = async () => {
    const to = email.trim();
    setUnsent(null);
    if (!EMAIL_PATTERN.test(to)) {
      setMessage({ text: 'Correo del cliente: escriba un correo válido (ejemplo: nombre@empresa.co).', tone: 'error' });
      return;
    }
    const mail = { to, number: model.number, issuerName: issuer.name, customerName: version.summary.customerName ?? null, total: model.total, validUntil: model.validUntil };
    const { opened } = await bridge.invoke('shell:open-external', { url: quotationMailto(mail) }).catch(() => ({ opened: false }));
    if (!opened) {
      // Nothing says a mail program took it (none installed, or none set as the default): the
      // message is shown to copy into whatever mail the shop uses.
      const { subject, lines } = quotationMessage(mail);
      setUnsent({ to, subject, body: lines.join('\n') });
      setMessage({ text: `No se abrió ningún programa de correo en este equipo. Copie la dirección y el texto en su correo y adjunte el PDF guardado con "Guardar PDF" (${fileName}).`, tone: 'error' });
      return;
    }
    setMessage({ text: `Se abrió el correo para ${to}. Un correo así no lleva archivos: adjunte el PDF guardado con "Guardar PDF" (${fileName}).`, tone: 'info' });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
  };
  return (
    <div className="dialog-backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby="quotation-share-title" className="dialog panel quotation-share" onKeyDown={onKeyDown}>
        <h2 id="quotation-share-title">Imprimir, guardar o enviar la cotización</h2>
        <div className="quotation-share-options">
          <fieldset className="quotation-page-size">
            <legend>Tamaño de hoja</legend>
            <label className="inline"><input type="radio" name="quotation-page" checked={pageSize === 'Letter'} onChange={() => setPageSize('Letter')} /> Carta</label>
            <label className="inline"><input type="radio" name="quotation-page" checked={pageSize === 'A4'} onChange={() => setPageSize('A4')} /> A4</label>
          </fieldset>
          <button type="button" className="btn" onClick={() => printQuotation(pageSize)}>Imprimir</button>
          <button type="button" className="btn" onClick={() => void savePdf()}>Guardar PDF</button>
        </div>
        <div className="quotation-share-options quotation-share-mail">
          <label htmlFor="quotation-mail-to">Correo del cliente</label>
          <input id="quotation-mail-to" type="email" value={email} placeholder="nombre@empresa.co" onChange={(event) => { setTypedEmail(event.target.value); setMessage(null); setUnsent(null); }} />
          <button type="button" className="btn" onClick={() => void sendMail()}>Enviar por correo</button>
        </div>
        {message && <p role={message.tone === 'error' ? 'alert' : 'status'} className={message.tone === 'error' ? 'field-error' : message.tone === 'ok' ? 'ok' : 'muted'}>{message.text}</p>}
        {unsent && (
          <div className="quotation-share-copy form-field" data-testid="mail-to-copy">
            <label htmlFor="quotation-copy-to">Para</label>
            <input id="quotation-copy-to" readOnly value={unsent.to} onFocus={(event) => event.target.select()} />
            <label htmlFor="quotation-copy-subject">Asunto</label>
            <input id="quotation-copy-subject" readOnly value={unsent.subject} onFocus={(event) => event.target.select()} />
            <label htmlFor="quotation-copy-body">Mensaje</label>
            <textarea id="quotation-copy-body" readOnly rows={8} value={unsent.body} onFocus={(event) => event.target.select()} />
          </div>
        )}
        {!issuer.name && <p className="muted small">El encabezado lleva el nombre, NIT, dirección y teléfono escritos en Ajustes › Recibo.</p>}
        <div className="quotation-share-preview">
          <QuotationDocument model={model} pageSize={pageSize} />
        </div>
        <div className="form-actions">
          <button type="button" className="btn btn-primary" onClick={onClose} autoFocus>Cerrar</button>
        </div>
      </div>
    </div>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import type { Failure } from '../../../src-shared/failure';
import { EMAIL_PATTERN } from '../../../src-shared/validation';
import { useServices } from '../../app/services';
import type { DocumentRow } from '../../data/outbox/rows';
import { customerEmail } from './customer-email';
import { documentFacts } from './document-facts';
import { FailureExplanation, failureOf } from './FailureExplanation';


/** Siigo e-mails the invoice (PDF and XML) to the customer; the address starts as the customer's contact. */
export function SendByEmail({ document }: { document: DocumentRow & { siigo: NonNullable<DocumentRow['siigo']> } }) {
  const { db, bridge } = useServices();
  const facts = documentFacts(document);
  const suggested = useLiveQuery(() => customerEmail(db, facts.customerIdentification, facts.branchOffice), [db, facts.customerIdentification, facts.branchOffice]);
  const [typed, setTyped] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = useId();
  const address = typed ?? suggested ?? '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const mailTo = address.trim();
    if (!EMAIL_PATTERN.test(mailTo)) {
      setError('Escriba un correo válido (ejemplo: nombre@empresa.co).');
      return;
    }
    setBusy(true);
    setFailure(null);
    setSentTo(null);
    try {
      await bridge.invoke('invoices:send-mail', { id: document.siigo.id, body: { mail_to: mailTo } });
      setSentTo(mailTo);
    } catch (cause) {
      setFailure(failureOf(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="send-mail" onSubmit={(event) => void submit(event)} noValidate>
      <label className="grow">
        Correo del cliente
        <input
          type="email"
          value={address}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          placeholder="nombre@empresa.co"
          onChange={(event) => {
            setTyped(event.target.value);
            setError(null);
          }}
        />
      </label>
      <button type="submit" className="btn" disabled={busy}>
        Enviar por correo
      </button>
      {busy && <span className="muted">Pidiendo a Siigo que lo envíe…</span>}
      {error && (
        <p id={errorId} role="alert" className="field-error full">
          {error}
        </p>
      )}
      {sentTo && (
        <p role="status" className="ok full">
          Siigo envió la factura a {sentTo}.
        </p>
      )}
      {failure && <FailureExplanation failure={failure} title="No se pudo enviar el correo:" />}
    </form>
  );
}

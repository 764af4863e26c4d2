import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useServices } from '../../app/services';
import type { DocumentRow } from '../../data/outbox/rows';
import { FieldErrors } from '../../forms/FieldErrors';
import { Money } from '../../ui/Money';
import { findInvoiceByNumber } from './find-invoice';
import { ReturnDialog } from './ReturnDialog';

/**
 * At the counter: the buyer brings the receipt back. Its number is scanned or typed, and the
 * return of that invoice opens. Several matches (a number alone, two prefixes) are listed to choose.
 */
export function ReturnByNumber({ onClose }: { onClose(): void }) {
  const { db } = useServices();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [matches, setMatches] = useState<DocumentRow[]>([]);
  const [invoice, setInvoice] = useState<DocumentRow | null>(null);
  if (invoice) return <ReturnDialog invoice={invoice} onClose={onClose} />;

  const search = async (event: FormEvent) => {
    event.preventDefault();
    const found = await findInvoiceByNumber(db, text);
    if (found.length === 1 && found[0]) setInvoice(found[0]);
    else {
      setMatches(found);
      setMessage(found.length === 0 ? `Número de factura: no hay una venta de este equipo con el número «${text.trim()}»` : null);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };
  return (
    <div className="dialog-backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby="return-find-title" className="dialog panel dialog-small" onKeyDown={onKeyDown}>
        <h2 id="return-find-title">Devolución</h2>
        <form onSubmit={(event) => void search(event)}>
          <label className="field">
            <span>Número de la factura o referencia del recibo (escanéelo o escríbalo)</span>
            <input
              autoFocus
              value={text}
              aria-describedby="return-find-error"
              placeholder="FV-1-123"
              onChange={(event) => {
                setText(event.target.value);
                setMessage(null);
              }}
            />
            <FieldErrors id="return-find-error" messages={message ? [message] : []} />
          </label>
          <div className="form-actions">
            <button type="submit" className="btn btn-primary">Buscar</button>
            <button type="button" className="btn" onClick={onClose}>Cancelar</button>
          </div>
        </form>
        {matches.length > 1 && (
          <ul aria-label="Facturas con ese número">
            {matches.map((match) => (
              <li key={match.id}>
                <button type="button" className="link" onClick={() => setInvoice(match)}>
                  {match.siigo?.name ?? 'Venta en cola'} · {match.summary.customerName ?? ''} · <Money value={match.summary.total ?? '0'} />
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

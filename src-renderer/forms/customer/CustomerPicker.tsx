import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useServices } from '../../app/services';
import { searchCustomers } from '../../data/mirror/search';
import { SearchForm } from '../../ui/SearchForm';
import { FieldErrors } from '../FieldErrors';
import { fromCreated, fromMirror, localCustomers, type ChosenCustomer } from './chosen-customer';
import { CustomerForm } from './CustomerForm';

export const CUSTOMER_SEARCH_LABEL = 'Buscar cliente (cédula, NIT o nombre)';
const SEARCH_DELAY_MS = 150;

interface Props {
  customer: ChosenCustomer | null;
  onChange(customer: ChosenCustomer | null): void;
  inputRef?: RefObject<HTMLInputElement | null>;
  /** Issues of the last confirm about the customer. */
  messages?: readonly string[];
  /** Called after a choice, so the screen can send focus back where work continues. */
  onChosen?(): void;
}

/**
 * The customer of a sale or quotation: search the mirror (and customers created on this PC
 * that Siigo does not have yet) by cédula, NIT or name, or create one on the spot.
 */
export function CustomerPicker({ customer, onChange, inputRef, messages = [], onChosen }: Props) {
  const { db } = useServices();
  const [text, setText] = useState('');
  const [results, setResults] = useState<ChosenCustomer[]>([]);
  const [active, setActive] = useState(0);
  const [creating, setCreating] = useState(false);
  const generation = useRef(0);

  useEffect(() => {
    const query = text.trim();
    const mine = ++generation.current;
    if (query.length < 2) {
      setResults([]);
      return;
    }
    const timer = setTimeout(() => {
      void Promise.all([searchCustomers(db, query, { limit: 8 }), localCustomers(db, query)]).then(([page, local]) => {
        if (generation.current !== mine) return;
        const mirrored = page.results.map(fromMirror);
        const key = (c: ChosenCustomer) => `${c.identification}|${c.branchOffice}`;
        const seen = new Set(mirrored.map(key));
        setResults([...local.filter((c) => !seen.has(key(c))), ...mirrored].slice(0, 8));
        setActive(0);
      });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [db, text]);

  const choose = (chosen: ChosenCustomer) => {
    generation.current++;
    setText('');
    setResults([]);
    onChange(chosen);
    onChosen?.();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = results[active];
      if (chosen) choose(chosen);
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && results.length > 0) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + results.length) % results.length);
    } else if (event.key === 'Escape' && text !== '') {
      event.preventDefault();
      event.stopPropagation();
      setText('');
    }
  };

  const typedId = /^[\d.\s-]+$/.test(text.trim()) ? text.replace(/[.\s-]/g, '') : '';
  return (
    <section className="customer-picker panel" aria-label="Cliente">
      <div className="picker-head">
        <h2>Cliente</h2>
        <button type="button" className="btn btn-small" onClick={() => setCreating(true)}>
          Crear cliente
        </button>
      </div>
      {customer && (
        <div className="chosen-customer" data-testid="chosen-customer">
          <strong>{customer.name}</strong>
          <span className="muted">{customer.identification}{customer.branchOffice ? ` · sucursal ${customer.branchOffice}` : ''}</span>
          {customer.pendingDocumentId && <span className="badge badge-neutral">Nuevo, se crea en Siigo antes</span>}
        </div>
      )}
      <SearchForm className="customer-search">
        <label htmlFor="customer-search-input">{CUSTOMER_SEARCH_LABEL}</label>
        <input
          id="customer-search-input"
          ref={inputRef}
          type="search"
          autoComplete="off"
          value={text}
          placeholder={customer ? 'Cambiar de cliente…' : 'Cédula, NIT o nombre'}
          role="combobox"
          aria-expanded={results.length > 0}
          aria-controls="customer-search-results"
          aria-activedescendant={results[active] ? `customer-option-${active}` : undefined}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <FieldErrors messages={messages} />
        {results.length > 0 && (
          <ul id="customer-search-results" role="listbox" aria-label="Clientes encontrados" className="search-results">
            {results.map((c, i) => (
              <li
                key={`${c.identification}|${c.branchOffice}`}
                id={`customer-option-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(c);
                }}
              >
                <span className="result-main">{c.name}</span>
                <span className="muted">{c.identification}</span>
                {c.pendingDocumentId ? <span className="muted">Creado aquí</span> : <span />}
              </li>
            ))}
          </ul>
        )}
        {text.trim().length >= 2 && results.length === 0 && (
          <p className="muted small">Sin resultados. Use «Crear cliente» para registrarlo.</p>
        )}
      </SearchForm>
      {creating && (
        <div className="dialog-backdrop">
          <div role="dialog" aria-modal="true" aria-labelledby="create-customer-title" className="dialog panel">
            <h2 id="create-customer-title">Crear cliente</h2>
            <CustomerForm
              initial={typedId ? { identification: typedId } : undefined}
              onSaved={({ documentId, body }) => {
                setCreating(false);
                choose(fromCreated(documentId, body));
              }}
              onCancel={() => setCreating(false)}
            />
          </div>
        </div>
      )}
    </section>
  );
}

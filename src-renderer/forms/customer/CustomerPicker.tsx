import { useCallback, useState, type RefObject } from 'react';
import type { CustomerCreate } from '../../../src-shared/siigo';
import { NIT_ID_TYPE, readIdentificationInput } from '../../../src-shared/validation';
import { useServices } from '../../app/services';
import { searchCustomers } from '../../data/mirror/search';
import { ResultListbox } from '../../ui/ResultListbox';
import { SearchForm } from '../../ui/SearchForm';
import { MIN_QUERY_LENGTH, useComboboxSearch } from '../../ui/use-combobox-search';
import { FieldErrors } from '../FieldErrors';
import { fromCreated, fromMirror, localCustomers, type ChosenCustomer } from './chosen-customer';
import { CustomerForm } from './CustomerForm';

export const CUSTOMER_SEARCH_LABEL = 'Buscar cliente (cédula, NIT o nombre)';
const SEARCH_DELAY_MS = 150;
const MAX_RESULTS = 8;

const customerKey = (c: ChosenCustomer) => `${c.identification}|${c.branchOffice}`;

/**
 * What a search that found nobody already says about the customer to create: a number typed
 * with dots or spaces is a cédula; "900.123.456-8" is a company's NIT with its check digit (kept
 * as typed when the digit is wrong, so the form names the right one).
 */
function typedIdentification(text: string): Partial<CustomerCreate> | null {
  const typed = text.trim();
  if (/^[\d.\s]+-\d$/.test(typed)) {
    return { person_type: 'Company', id_type: NIT_ID_TYPE, identification: readIdentificationInput(NIT_ID_TYPE, typed).identification };
  }
  return /^[\d.\s]+$/.test(typed) ? { identification: readIdentificationInput('13', typed).identification } : null;
}

interface Props {
  customer: ChosenCustomer | null;
  onChange(customer: ChosenCustomer | null): void;
  inputRef?: RefObject<HTMLInputElement | null>;
  /** Issues of the last confirm about the customer. */
  messages?: readonly string[];
  /** Called after a choice, so the screen can send focus back where work continues. */
  onChosen?(): void;
  /** What happens with no customer chosen (a counter sale goes to the final consumer); with it, a chosen customer can be removed. */
  withoutCustomer?: string;
}

/**
 * The customer of a sale or quotation: search the mirror (and customers created on this PC
 * that Siigo does not have yet) by cédula, NIT or name, or create one on the spot.
 */
export function CustomerPicker({ customer, onChange, inputRef, messages = [], onChosen, withoutCustomer }: Props) {
  const { db } = useServices();
  const [creating, setCreating] = useState(false);
  // Customers created here that the mirror does not have yet come first; one the mirror has is
  // listed once (from the mirror).
  const search = useCallback(
    async (query: string) => {
      const [page, local] = await Promise.all([searchCustomers(db, query, { limit: MAX_RESULTS }), localCustomers(db, query)]);
      const mirrored = page.results.map(fromMirror);
      const seen = new Set(mirrored.map(customerKey));
      return [...local.filter((c) => !seen.has(customerKey(c))), ...mirrored].slice(0, MAX_RESULTS);
    },
    [db],
  );
  const combobox = useComboboxSearch({ search, delayMs: SEARCH_DELAY_MS, idPrefix: 'customer' });
  const { text, results, active } = combobox;

  const choose = (chosen: ChosenCustomer) => {
    combobox.reset();
    onChange(chosen);
    onChosen?.();
  };

  const typedId = typedIdentification(text);
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
          {withoutCustomer && (
            <button type="button" className="btn btn-small" onClick={() => onChange(null)}>
              Quitar cliente
            </button>
          )}
        </div>
      )}
      {!customer && withoutCustomer && (
        <p className="muted small" data-testid="without-customer">
          {withoutCustomer}
        </p>
      )}
      <SearchForm className="customer-search">
        <label htmlFor={combobox.inputProps.id}>{CUSTOMER_SEARCH_LABEL}</label>
        <input
          {...combobox.inputProps}
          ref={inputRef}
          placeholder={customer ? 'Cambiar de cliente…' : 'Cédula, NIT o nombre'}
          onChange={(event) => combobox.setText(event.target.value)}
          onKeyDown={(event) =>
            combobox.onKeyDown(event, () => {
              const chosen = results[active];
              if (chosen) choose(chosen);
            })
          }
        />
        <FieldErrors messages={messages} />
        <ResultListbox combobox={combobox} label="Clientes encontrados" keyOf={customerKey} onChoose={choose}>
          {(c) => (
            <>
              <span className="result-main">{c.name}</span>
              <span className="muted">{c.identification}</span>
              {c.pendingDocumentId ? <span className="muted">Creado aquí</span> : <span />}
            </>
          )}
        </ResultListbox>
        {text.trim().length >= MIN_QUERY_LENGTH && results.length === 0 && (
          <p className="muted small">Sin resultados. Use «Crear cliente» para registrarlo.</p>
        )}
      </SearchForm>
      {creating && (
        <div className="dialog-backdrop">
          <div role="dialog" aria-modal="true" aria-labelledby="create-customer-title" className="dialog panel">
            <h2 id="create-customer-title">Crear cliente</h2>
            <CustomerForm
              initial={typedId ?? undefined}
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

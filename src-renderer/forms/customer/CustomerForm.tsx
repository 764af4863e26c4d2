import { useContext, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { CustomerCreate } from '../../../src-shared/siigo';
import { ID_TYPES, validateCustomer, type ValidationIssue } from '../../../src-shared/validation';
import { ServicesContext } from '../../app/services';
import { FieldErrors } from '../FieldErrors';
import { useIssues } from '../use-issues';
import '../forms.css';
import { CITIES } from './cities';
import { fieldMessages, unplacedIssues, type CustomerField } from './customer-form-issues';
import { COMMON_ID_TYPES, customerBodyFrom, customerDisplayName, formStateFrom, shownCheckDigit, type CustomerFormState } from './customer-form-model';

export type CustomerSubmit = (body: CustomerCreate) => Promise<{ ok: true; documentId: string } | { ok: false; issues: ValidationIssue[] }>;

export interface CustomerFormProps {
  initial?: Partial<CustomerCreate>;
  onSaved(result: { documentId: string; body: CustomerCreate }): void;
  onCancel(): void;
  /** Default: queue the customer for Siigo (`outbox.queue`, kind 'customer'). */
  submit?: CustomerSubmit;
}

const idTypeOrder = [...COMMON_ID_TYPES, ...[...ID_TYPES.keys()].filter((code) => !COMMON_ID_TYPES.includes(code))];

/**
 * A new customer (tercero): person or company, identification with the NIT's check digit worked
 * out as it is typed, city, address, phone and the e-mail the electronic invoice goes to.
 * Checked with `validateCustomer` before anything is queued; every message sits under its field.
 */
export function CustomerForm({ initial, onSaved, onCancel, submit }: CustomerFormProps) {
  const services = useContext(ServicesContext);
  const [state, setState] = useState<CustomerFormState>(() => formStateFrom(initial));
  // Each message goes as soon as its field is edited (see useIssues).
  const { issues, report, clear } = useIssues(() => customerBodyFrom(state));
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof CustomerFormState>(key: K, value: CustomerFormState[K]) => setState((s) => ({ ...s, [key]: value }));
  const person = state.personType === 'Person';
  const checkDigit = shownCheckDigit(state);

  const send: CustomerSubmit = submit ?? (async (body) => {
    if (!services) throw new Error('CustomerForm needs ServicesContext or a submit function');
    const summary = { customerIdentification: body.identification, customerName: customerDisplayName(body), label: 'Cliente nuevo' };
    return services.outbox.queue({ kind: 'customer', body, summary });
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    const body = customerBodyFrom(state);
    const local = validateCustomer(body);
    if (!local.ok) return report(local.issues, body);
    setBusy(true);
    try {
      const result = await send(body);
      if (!result.ok) return report(result.issues, body);
      clear();
      onSaved({ documentId: result.documentId, body });
    } catch (error) {
      report([{ path: [], code: 'error', message: `No se pudo guardar el cliente: ${error instanceof Error ? error.message : String(error)}` }], body);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onCancel();
    }
  };

  const text = (field: CustomerField, key: keyof CustomerFormState, label: string, extra: { type?: string; autoFocus?: boolean; inputMode?: 'numeric' | 'email' | 'tel' } = {}) => {
    const messages = fieldMessages(issues, field);
    const id = `customer-${field}`;
    return (
      <div className="form-field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type={extra.type ?? 'text'}
          inputMode={extra.inputMode}
          autoFocus={extra.autoFocus}
          autoComplete="off"
          value={state[key]}
          aria-invalid={messages.length > 0}
          aria-describedby={messages.length > 0 ? `${id}-error` : undefined}
          onChange={(event) => set(key, event.target.value as never)}
        />
        <FieldErrors id={`${id}-error`} messages={messages} />
      </div>
    );
  };

  const others = unplacedIssues(issues, person);
  return (
    <form className="customer-form" aria-label="Nuevo cliente" onSubmit={(event) => void onSubmit(event)} onKeyDown={onKeyDown} noValidate>
      <fieldset className="person-type">
        <legend>Tipo de persona</legend>
        <label className="inline">
          <input type="radio" name="person-type" checked={person} onChange={() => setState((s) => ({ ...s, personType: 'Person', idType: s.idType === '31' ? '13' : s.idType }))} />
          Persona natural
        </label>
        <label className="inline">
          <input type="radio" name="person-type" checked={!person} onChange={() => setState((s) => ({ ...s, personType: 'Company', idType: '31' }))} />
          Empresa
        </label>
      </fieldset>
      <div className="form-grid">
        <div className="form-field">
          <label htmlFor="customer-idType">Tipo de identificación</label>
          <select id="customer-idType" value={state.idType} onChange={(event) => set('idType', event.target.value)}>
            {idTypeOrder.map((code) => (
              <option key={code} value={code}>{ID_TYPES.get(code)?.name ?? code}</option>
            ))}
          </select>
          <FieldErrors messages={fieldMessages(issues, 'idType')} />
        </div>
        <div className="identification-row">
          {text('identification', 'identification', state.idType === '31' ? 'NIT (sin dígito de verificación)' : 'Número de identificación', { inputMode: state.idType === '31' || state.idType === '13' ? 'numeric' : undefined, autoFocus: true })}
          {state.idType === '31' && (
            <output className="check-digit" aria-label="Dígito de verificación" htmlFor="customer-identification">
              DV {checkDigit ?? '–'}
            </output>
          )}
        </div>
        {person ? (
          <>
            {text('firstNames', 'firstNames', 'Nombres')}
            {text('lastNames', 'lastNames', 'Apellidos')}
          </>
        ) : (
          <>
            {text('businessName', 'businessName', 'Razón social')}
            <div className="form-field">
              <label htmlFor="customer-commercialName">Nombre comercial (opcional)</label>
              <input id="customer-commercialName" value={state.commercialName} onChange={(event) => set('commercialName', event.target.value)} />
            </div>
          </>
        )}
        <div className="form-field">
          <label htmlFor="customer-city">Ciudad</label>
          <select id="customer-city" value={state.cityCode} onChange={(event) => set('cityCode', event.target.value)}>
            {CITIES.map((city) => (
              <option key={city.cityCode} value={city.cityCode}>{`${city.name} (${city.state})`}</option>
            ))}
          </select>
          <FieldErrors messages={fieldMessages(issues, 'city')} />
        </div>
        {text('address', 'address', 'Dirección')}
        {text('phone', 'phone', 'Teléfono', { type: 'tel', inputMode: 'tel' })}
        {text('email', 'email', 'Correo electrónico (factura electrónica)', { type: 'email', inputMode: 'email' })}
      </div>
      {others.length > 0 && (
        <ul className="form-issues" role="alert">
          {others.map((issue, i) => <li key={i} className="field-error">{issue.message}</li>)}
        </ul>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>{busy ? 'Guardando…' : 'Guardar cliente'}</button>
        <button type="button" className="btn" onClick={onCancel}>Cancelar</button>
      </div>
    </form>
  );
}

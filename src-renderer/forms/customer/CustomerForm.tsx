import { useContext, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { CustomerCreate } from '../../../src-shared/siigo';
import { FISCAL_RESPONSIBILITIES, ID_TYPES, toggleResponsibility, validateCustomer, type ValidationIssue } from '../../../src-shared/validation';
import { ServicesContext } from '../../app/services';
import type { UpdateTarget } from '../../data/outbox/rows';
import { FieldErrors } from '../FieldErrors';
import { useIssues } from '../use-issues';
import '../forms.css';
import './customer-form.css';
import { CityField } from './CityField';
import { fieldMessages, unplacedMessages, type CustomerField } from './customer-form-issues';
import {
  cleanIdentification, COMMON_ID_TYPES, customerBodyFrom, customerDisplayName, formStateFrom, shownCheckDigit, withPersonType,
  type CustomerFormState,
} from './customer-form-model';
import { writeBodyOf, type CustomerRecord } from './customer-record';
import { queueCustomerEdit } from './queue-customer-edit';

export type CustomerSubmit = (
  body: CustomerCreate,
) => Promise<{ ok: true; documentId: string; merged?: boolean } | { ok: false; issues: ValidationIssue[] }>;

/** A saved customer to edit: what it is now (mirror record, or the body still to reach Siigo) and the record an edit replaces. */
export interface CustomerEdit {
  record: CustomerRecord;
  target: UpdateTarget;
}

export interface CustomerFormProps {
  initial?: Partial<CustomerCreate>;
  /** Edit this customer instead of creating one: its data prefilled, saved as a replacement (PUT). */
  editing?: CustomerEdit;
  /** `merged`: the edit was folded into the customer's creation (or earlier edit) still waiting in the queue. */
  onSaved(result: { documentId: string; body: CustomerCreate; merged: boolean }): void;
  onCancel(): void;
  /** Default: queue the customer for Siigo (`outbox.queue`, kind 'customer'), or its edit (`customerUpdate`). */
  submit?: CustomerSubmit;
}

const idTypeOrder = [...COMMON_ID_TYPES, ...[...ID_TYPES.keys()].filter((code) => !COMMON_ID_TYPES.includes(code))];

/**
 * A customer (tercero), new or edited: person or company, identification typed as people type it
 * (dots, spaces, a NIT's "-DV") and cleaned when the field is left, city by name, address, phone,
 * the e-mail the electronic invoice goes to, VAT regime and fiscal responsibilities, remarks.
 * Checked with `validateCustomer` before anything is queued; every message sits under its field.
 * An existing customer keeps its id type, identification and branch office: they are its key in
 * Siigo (a PUT that changes them would name another customer).
 */
export function CustomerForm({ initial, editing, onSaved, onCancel, submit }: CustomerFormProps) {
  const services = useContext(ServicesContext);
  const base = useMemo(() => (editing ? writeBodyOf(editing.record) : null), [editing]);
  const [state, setState] = useState<CustomerFormState>(() => formStateFrom(editing?.record ?? initial));
  // Each message goes as soon as its field is edited (see useIssues).
  const { issues, report, clear } = useIssues(() => customerBodyFrom(state, base));
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof CustomerFormState>(key: K, value: CustomerFormState[K]) => setState((s) => ({ ...s, [key]: value }));
  const person = state.personType === 'Person';
  const checkDigit = shownCheckDigit(state);
  const locked = editing !== undefined;

  const send: CustomerSubmit = submit ?? (async (body) => {
    if (!services) throw new Error('CustomerForm needs ServicesContext or a submit function');
    if (editing) return queueCustomerEdit(services, editing.target, body);
    const summary = { customerIdentification: body.identification, customerName: customerDisplayName(body), label: 'Cliente nuevo' };
    return services.outbox.queue({ kind: 'customer', body, summary });
  });

  /** Cleans the identification in the field; a wrong NIT check digit is said under it. */
  const cleaned = (): { state: CustomerFormState; problem: ValidationIssue | null } => {
    if (locked) return { state, problem: null };
    const result = cleanIdentification(state);
    setState(result.state);
    const problem = result.problem ? { path: ['identification'], code: 'invalid_identification', message: result.problem } : null;
    return { state: result.state, problem };
  };

  const onIdentificationBlur = () => {
    const { state: now, problem } = cleaned();
    if (problem) report([...issues.filter((issue) => issue.path[0] !== 'identification'), problem], customerBodyFrom(now, base));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    const { state: now, problem } = cleaned();
    const body = customerBodyFrom(now, base);
    const local = validateCustomer(body);
    const found = [...(problem ? [problem] : []), ...(local.ok ? [] : local.issues.filter((issue) => !problem || issue.path[0] !== 'identification'))];
    if (found.length > 0) return report(found, body);
    setBusy(true);
    try {
      const result = await send(body);
      if (!result.ok) return report(result.issues, body);
      clear();
      onSaved({ documentId: result.documentId, body, merged: result.merged ?? false });
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

  const text = (
    field: CustomerField,
    key: keyof CustomerFormState,
    label: string,
    extra: { type?: string; autoFocus?: boolean; inputMode?: 'numeric' | 'email' | 'tel'; onBlur?: () => void; readOnly?: boolean; hint?: string } = {},
  ) => {
    const messages = fieldMessages(issues, field);
    const id = `customer-${field}`;
    const described = [messages.length > 0 ? `${id}-error` : '', extra.hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
    return (
      <div className="form-field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type={extra.type ?? 'text'}
          inputMode={extra.inputMode}
          autoFocus={extra.autoFocus}
          readOnly={extra.readOnly}
          autoComplete="off"
          value={state[key] as string}
          aria-invalid={messages.length > 0}
          aria-describedby={described || undefined}
          onChange={(event) => set(key, event.target.value as never)}
          onBlur={extra.onBlur}
        />
        {extra.hint && <span id={`${id}-hint`} className="muted small">{extra.hint}</span>}
        <FieldErrors id={`${id}-error`} messages={messages} />
      </div>
    );
  };

  const nit = state.idType === '31';
  const others = unplacedMessages(issues, person);
  const responsibilityMessages = fieldMessages(issues, 'responsibilities');
  return (
    <form className="customer-form" aria-label={locked ? 'Editar cliente' : 'Nuevo cliente'} onSubmit={(event) => void onSubmit(event)} onKeyDown={onKeyDown} noValidate>
      <fieldset className="person-type">
        <legend>Tipo de persona</legend>
        <label className="inline">
          <input type="radio" name="person-type" checked={person} onChange={() => setState((s) => withPersonType(s, 'Person', !locked && s.idType === '31' ? '13' : s.idType))} />
          Persona natural
        </label>
        <label className="inline">
          <input type="radio" name="person-type" checked={!person} onChange={() => setState((s) => withPersonType(s, 'Company', locked ? s.idType : '31'))} />
          Empresa
        </label>
      </fieldset>
      <div className="form-grid">
        <div className="form-field">
          <label htmlFor="customer-idType">Tipo de identificación</label>
          <select id="customer-idType" value={state.idType} disabled={locked} onChange={(event) => setState((s) => withPersonType(s, s.personType, event.target.value))}>
            {idTypeOrder.map((code) => (
              <option key={code} value={code}>{ID_TYPES.get(code)?.name ?? code}</option>
            ))}
          </select>
          <FieldErrors messages={fieldMessages(issues, 'idType')} />
        </div>
        <div className="identification-row">
          {text('identification', 'identification', nit ? 'NIT' : 'Número de identificación', {
            inputMode: nit || state.idType === '13' ? 'numeric' : undefined,
            autoFocus: !locked,
            readOnly: locked,
            onBlur: onIdentificationBlur,
            hint: locked ? undefined : nit ? 'Con o sin puntos. El dígito de verificación se calcula; si lo escribe tras un guion, se comprueba.' : undefined,
          })}
          {nit && (
            <output className="check-digit" aria-label="Dígito de verificación" htmlFor="customer-identification">
              DV {checkDigit ?? '–'}
            </output>
          )}
        </div>
        {locked && (
          <p className="muted small locked-note wide" data-testid="locked-identification">
            El tipo y el número de identificación{base && base.branch_office ? ` y la sucursal (${base.branch_office})` : ' y la sucursal'} no se
            pueden cambiar: son los que identifican al cliente en Siigo. Si están mal, cree el cliente de nuevo con los datos correctos.
          </p>
        )}
        {person ? (
          <>
            {text('firstNames', 'firstNames', 'Nombres', { autoFocus: locked })}
            {text('lastNames', 'lastNames', 'Apellidos')}
          </>
        ) : (
          <>
            {text('businessName', 'businessName', 'Razón social', { autoFocus: locked })}
            <div className="form-field">
              <label htmlFor="customer-commercialName">Nombre comercial (opcional)</label>
              <input id="customer-commercialName" value={state.commercialName} onChange={(event) => set('commercialName', event.target.value)} />
            </div>
          </>
        )}
        <CityField city={state.city} onChange={(city) => set('city', city)} messages={fieldMessages(issues, 'city')} />
        {text('address', 'address', 'Dirección')}
        {text('phone', 'phone', 'Teléfono', { type: 'tel', inputMode: 'tel' })}
        {text('email', 'email', 'Correo electrónico (factura electrónica)', { type: 'email', inputMode: 'email' })}
      </div>
      <fieldset className="vat-regime">
        <legend>Régimen de IVA</legend>
        <label className="inline">
          <input type="radio" name="vat-responsible" checked={state.vatResponsible} onChange={() => setState((s) => ({ ...s, vatResponsible: true, fiscalChosen: true }))} />
          Responsable de IVA
        </label>
        <label className="inline">
          <input type="radio" name="vat-responsible" checked={!state.vatResponsible} onChange={() => setState((s) => ({ ...s, vatResponsible: false, fiscalChosen: true }))} />
          No responsable de IVA
        </label>
        <FieldErrors messages={fieldMessages(issues, 'vatResponsible')} />
      </fieldset>
      <fieldset className="fiscal-responsibilities" aria-describedby="fiscal-hint">
        <legend>Responsabilidades fiscales (según el RUT)</legend>
        {[...FISCAL_RESPONSIBILITIES].map(([code, name]) => (
          <label key={code} className="inline">
            <input
              type="checkbox"
              checked={state.responsibilities.includes(code)}
              onChange={(event) => {
                const on = event.target.checked;
                setState((s) => ({ ...s, responsibilities: toggleResponsibility(s.responsibilities, code, on), fiscalChosen: true }));
              }}
            />
            <span>
              {name.replace(' - ', ' – ')} <span className="muted nowrap">({code})</span>
            </span>
          </label>
        ))}
        <span id="fiscal-hint" className="muted small">Pueden aplicar varias. «No aplica – Otros» si no tiene ninguna.</span>
        <FieldErrors messages={responsibilityMessages} />
      </fieldset>
      <div className="form-field">
        <label htmlFor="customer-comments">Observaciones (opcional)</label>
        <textarea id="customer-comments" rows={2} value={state.comments} onChange={(event) => set('comments', event.target.value)} />
        <FieldErrors messages={fieldMessages(issues, 'comments')} />
      </div>
      {others.length > 0 && (
        <ul className="form-issues" role="alert">
          {others.map((message, i) => <li key={i} className="field-error">{message}</li>)}
        </ul>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>{busy ? 'Guardando…' : locked ? 'Guardar cambios' : 'Guardar cliente'}</button>
        <button type="button" className="btn" onClick={onCancel}>Cancelar</button>
      </div>
    </form>
  );
}

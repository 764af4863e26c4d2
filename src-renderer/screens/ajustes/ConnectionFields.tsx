import { useId } from 'react';
import type { ConnectionErrors, ConnectionForm, StoredKey } from './connection-form';

interface Props {
  form: ConnectionForm;
  errors: ConnectionErrors;
  /** Whether the saved key applies to the address and user as typed now. */
  storedKey: StoredKey;
  onChange(field: keyof ConnectionForm, value: string): void;
}

interface FieldProps {
  label: string;
  hint?: string;
  error?: string | undefined;
  /** Shown beside the input but outside the label, so it is not part of the field's name. */
  indicator?: React.ReactNode;
  children(ids: { describedBy: string | undefined }): React.ReactNode;
}

function Field({ label, hint, error, indicator, children }: FieldProps) {
  const hintId = useId();
  const errorId = useId();
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <div className="field-row">
        <label>
          {label}
          {children({ describedBy })}
        </label>
        {indicator}
      </div>
      {hint && (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** The access key field's hint: whether the saved key applies to the address and user typed. */
const keyHints: Record<StoredKey, string> = {
  kept: 'Llave guardada. Déjela vacía para conservarla o escriba una nueva para cambiarla.',
  changed: 'La dirección o el usuario cambiaron: escriba la llave de acceso de esa cuenta (la guardada no se envía a otra dirección).',
  none: 'No hay una llave guardada.',
};

/**
 * The four values of Siigo's "Mi Credencial API". The access key field always starts empty:
 * main never sends the stored key back, it only says whether there is one.
 */
export function ConnectionFields({ form, errors, storedKey, onChange }: Props) {
  const hasAccessKey = storedKey === 'kept';
  return (
    <div className="field-grid">
      <Field label="Usuario API" hint="En Siigo Nube: Alianzas > Mi Credencial API." error={errors.username}>
        {({ describedBy }) => (
          <input
            type="text"
            autoComplete="username"
            value={form.username}
            aria-invalid={errors.username !== undefined}
            aria-describedby={describedBy}
            onChange={(event) => onChange('username', event.target.value)}
          />
        )}
      </Field>
      <Field
        label="Llave de acceso"
        hint={keyHints[storedKey]}
        error={errors.accessKey}
        indicator={hasAccessKey ? <span className="badge badge-ok">guardada</span> : null}
      >
        {({ describedBy }) => (
            <input
              type="password"
              autoComplete="new-password"
              value={form.accessKey}
              placeholder={hasAccessKey ? '•••••••• (guardada)' : ''}
              aria-invalid={errors.accessKey !== undefined}
              aria-describedby={describedBy}
              onChange={(event) => onChange('accessKey', event.target.value)}
            />
        )}
      </Field>
      <Field label="Partner-Id" hint="El nombre de este programa para Siigo: de 3 a 100 letras o números, sin espacios ni guiones." error={errors.partnerId}>
        {({ describedBy }) => (
          <input
            type="text"
            value={form.partnerId}
            aria-invalid={errors.partnerId !== undefined}
            aria-describedby={describedBy}
            onChange={(event) => onChange('partnerId', event.target.value)}
          />
        )}
      </Field>
      <Field label="Dirección de la API" hint="Normalmente https://api.siigo.com." error={errors.baseUrl}>
        {({ describedBy }) => (
          <input
            type="url"
            value={form.baseUrl}
            aria-invalid={errors.baseUrl !== undefined}
            aria-describedby={describedBy}
            onChange={(event) => onChange('baseUrl', event.target.value)}
          />
        )}
      </Field>
    </div>
  );
}

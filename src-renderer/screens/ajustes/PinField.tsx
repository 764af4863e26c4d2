import { forwardRef, useId } from 'react';

interface Props {
  label?: string;
  value: string;
  error: string | null;
  autoFocus?: boolean;
  onChange(value: string): void;
}

/** A PIN typed out of sight: digits only on a touch keyboard, never offered for autofill. */
export const PinField = forwardRef<HTMLInputElement, Props>(function PinField({ label = 'PIN de administrador', value, error, autoFocus, onChange }, ref) {
  const errorId = useId();
  return (
    <div className="field pin-field">
      <label>
        {label}
        <input
          ref={ref}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={8}
          autoFocus={autoFocus}
          value={value}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => onChange(event.target.value.trim())}
        />
      </label>
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
});

import { forwardRef, useId } from 'react';

interface Props {
  label: string;
  value: string;
  error: string | null;
  autoFocus?: boolean;
  /** 'numeric' for a PIN: digits on a touch keyboard. */
  inputMode?: 'numeric';
  maxLength?: number;
  className?: string;
  onChange(value: string): void;
}

/** A secret typed out of sight (a PIN, a snapshot's clave), never offered for autofill, with its field message. */
export const SecretField = forwardRef<HTMLInputElement, Props>(function SecretField({ label, value, error, autoFocus, inputMode, maxLength, className, onChange }, ref) {
  const errorId = useId();
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label>
        {label}
        <input
          ref={ref}
          type="password"
          autoComplete="off"
          {...(inputMode ? { inputMode } : {})}
          {...(maxLength ? { maxLength } : {})}
          autoFocus={autoFocus}
          value={value}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => onChange(event.target.value)}
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

import { forwardRef } from 'react';
import { SecretField } from './SecretField';

interface Props {
  label?: string;
  value: string;
  error: string | null;
  autoFocus?: boolean;
  onChange(value: string): void;
}

/** A PIN typed out of sight: digits only on a touch keyboard, never offered for autofill. */
export const PinField = forwardRef<HTMLInputElement, Props>(function PinField({ label = 'PIN de administrador', value, error, autoFocus, onChange }, ref) {
  return (
    <SecretField
      ref={ref}
      className="pin-field"
      label={label}
      value={value}
      error={error}
      inputMode="numeric"
      maxLength={8}
      {...(autoFocus === undefined ? {} : { autoFocus })}
      onChange={(typed) => onChange(typed.trim())}
    />
  );
});

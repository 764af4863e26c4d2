import { FieldErrors } from '../../forms/FieldErrors';
import type { PaymentTypeRow } from '../../data/mirror/rows';

/** "Forma de pago": the payment methods Siigo allows on receipts. */
export function PaymentMethodField({
  value,
  options,
  onChange,
  errors,
}: {
  value: number | null;
  options: readonly PaymentTypeRow[];
  onChange(id: number): void;
  errors: string[];
}) {
  return (
    <label>
      Forma de pago
      <select value={value ?? ''} onChange={(event) => onChange(Number(event.target.value))} aria-invalid={errors.length > 0}>
        {value === null && <option value="">Elija…</option>}
        {options.map((row) => (
          <option key={row.id} value={row.id}>
            {row.siigo.name}
          </option>
        ))}
      </select>
      <FieldErrors messages={errors} />
    </label>
  );
}

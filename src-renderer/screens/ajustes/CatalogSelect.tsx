import type { CatalogOption } from './catalog-options';

interface Props {
  label: string;
  options: readonly CatalogOption[];
  value: number | null;
  /** What "Automático" resolves to today, so the cashier knows what it means. */
  automatic: string | null;
  onChange(value: number | null): void;
}

/** A catalog choice; "Automático" (null) lets the app pick the first suitable active entry. */
export function CatalogSelect({ label, options, value, automatic, onChange }: Props) {
  // Inactive entries are only listed when already chosen (so the choice is visible, and can be changed).
  const listed = options.filter((option) => option.active || option.id === value);
  return (
    <label>
      {label}
      <select value={value === null ? '' : String(value)} onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}>
        <option value="">{automatic ? `Automático (${automatic})` : 'Automático'}</option>
        {listed.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
            {option.active ? '' : ' (inactivo)'}
          </option>
        ))}
      </select>
    </label>
  );
}

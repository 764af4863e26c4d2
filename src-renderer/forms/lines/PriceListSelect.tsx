import { useLiveQuery } from 'dexie-react-hooks';
import { useDefaults } from '../../app/defaults';
import { useServices } from '../../app/services';
import type { PriceListRow } from '../../data/mirror/rows';

interface Props {
  /** A mirrored price list's id; null = Ajustes' default list. */
  value: number | null;
  onChange(id: number | null): void;
  id?: string;
}

const listLabel = (row: PriceListRow): string =>
  [row.siigo.position != null ? `${row.siigo.position}.` : null, row.siigo.name ?? `Lista ${row.id}`].filter(Boolean).join(' ');

/**
 * The position (1–12) of the chosen list, which is what products' prices refer to
 * (`salePrice` in sale-item.ts); Ajustes' default position when none is chosen or it is unknown.
 */
export function priceListPosition(lists: readonly PriceListRow[], id: number | null, defaultPosition: number): number {
  if (id === null) return defaultPosition;
  return lists.find((list) => list.id === id)?.siigo.position ?? defaultPosition;
}

/**
 * "Lista de precios" of one sale or quotation. The first option follows Ajustes (named, so the
 * seller knows which it is); inactive lists are only listed when already chosen.
 */
export function PriceListSelect({ value, onChange, id = 'price-list' }: Props) {
  const { db } = useServices();
  const defaults = useDefaults();
  const lists = useLiveQuery(() => db.priceLists.toArray(), [db]);
  const sorted = (lists ?? [])
    .filter((list) => list.active || list.id === value)
    .sort((a, b) => (a.siigo.position ?? 99) - (b.siigo.position ?? 99));
  const automatic = defaults ? sorted.find((list) => list.siigo.position === defaults.priceListPosition) : undefined;
  return (
    <>
      <label htmlFor={id}>Lista de precios</label>
      <select id={id} value={value === null ? '' : String(value)} onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}>
        <option value="">{automatic ? `La de Ajustes (${listLabel(automatic)})` : 'La de Ajustes'}</option>
        {sorted.map((list) => (
          <option key={list.id} value={list.id}>
            {listLabel(list)}
            {list.active ? '' : ' (inactiva)'}
          </option>
        ))}
      </select>
    </>
  );
}

import { RecordSearch, type RecordSearchTexts } from '../../ui/RecordSearch';
import { findCustomers } from './customer-search';
import type { CustomerItem } from './customer-item';
import { cityName, identificationLabel } from './identification';

const TEXTS: RecordSearchTexts = {
  label: 'Buscar cliente',
  placeholder: 'Cédula, NIT o nombre',
  listLabel: 'Clientes encontrados',
  nothingImported: 'Aún no hay clientes importados.',
  noMatch: 'Ningún cliente coincide.',
  more: 'Ver más clientes',
};

interface Props {
  /** Called with the chosen customer (click, Enter on an entry, or Enter in the box: first result). */
  onOpen(item: CustomerItem): void;
  selectedKey?: string | null;
  /** Offer "Mostrar inactivos" (Clientes); Cartera lists active customers only. */
  allowInactive?: boolean;
  autoFocus?: boolean;
}

/** Search box + results: cédula/NIT (with or without dots) or words of the name, accents ignored. */
export function CustomerSearch({ onOpen, selectedKey = null, allowInactive = false, autoFocus = false }: Props) {
  return (
    <RecordSearch
      find={findCustomers}
      texts={TEXTS}
      keyOf={(item) => item.key}
      selectedKey={selectedKey}
      onOpen={onOpen}
      allowInactive={allowInactive}
      autoFocus={autoFocus}
      title={(item) => (
        <>
          {item.name}
          {item.document && <span className="badge badge-neutral">En cola</span>}
          {item.pendingEdit && <span className="badge badge-neutral">Cambios por enviar</span>}
          {!item.active && <span className="badge badge-warn">Inactivo</span>}
        </>
      )}
      details={(item) => (
        <>
          {identificationLabel(item.record)}
          {item.branchOffice !== 0 ? ` · Sucursal ${item.branchOffice}` : ''}
          {cityName(item.record) ? ` · ${cityName(item.record)}` : ''}
        </>
      )}
    />
  );
}

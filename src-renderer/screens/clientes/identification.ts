import { ID_TYPES } from '../../../src-shared/validation';
import { cityLabel, cityOfAddress } from '../../forms/customer/cities';
import type { CustomerRecord } from './customer-item';

/** "CC", "NIT"… for the id type codes a shop meets; the code itself otherwise. */
const ID_TYPE_SHORT: Record<string, string> = {
  '13': 'CC',
  '31': 'NIT',
  '22': 'CE',
  '41': 'Pasaporte',
  '42': 'Doc. extranjero',
  '12': 'TI',
  '11': 'RC',
  '50': 'NIT otro país',
  '47': 'PEP',
  '48': 'PPT',
};

export function idTypeCode(record: CustomerRecord): string | null {
  const idType = record.id_type as string | { code: string } | null | undefined;
  if (idType == null) return null;
  return typeof idType === 'string' ? idType : idType.code;
}

/** "NIT 900123456-7", "CC 1036654321": the identification as printed on an invoice. */
export function identificationLabel(record: CustomerRecord): string {
  const code = idTypeCode(record);
  const type = code ? (ID_TYPE_SHORT[code] ?? ID_TYPES.get(code)?.name ?? 'Documento') : '';
  const digit = record.check_digit ? `-${record.check_digit}` : '';
  return `${type} ${record.identification}${digit}`.trim();
}

/**
 * The customer's city by name ("Medellín — Antioquia"): Siigo's names, else the city list's for a
 * customer still queued (its body has only the codes). A DANE code is never shown.
 */
export function cityName(record: CustomerRecord): string | null {
  const city = cityOfAddress(record.address?.city);
  return city ? cityLabel(city) : null;
}

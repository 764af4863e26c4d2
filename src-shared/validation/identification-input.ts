/**
 * An identification as people type it, read into what Siigo takes. Cédulas and NITs are written
 * with thousands separators ("1.020.304.050", "900 123 456") and a NIT often with its check
 * digit after a hyphen ("900123456-7", as on the RUT and on invoices). Siigo takes only the
 * digits in `identification` and the check digit apart in `check_digit`, and refuses dots,
 * spaces and hyphens (`invalid_identification`). So separators are removed, a trailing "-d" of a
 * NIT is read as its check digit, and that digit must be the DIAN's: a wrong one is a typing
 * mistake in the NIT or in the digit, which only the person holding the RUT can settle.
 */
import { ID_TYPES, NIT_ID_TYPE } from './identification';
import { nitCheckDigit } from './nit';

export type IdentificationReading =
  /** `checkDigit`: the one typed after a hyphen (a NIT), verified; null when none was typed. */
  | { ok: true; identification: string; checkDigit: string | null }
  /** `identification`: the typed text with only its separators removed, so nothing typed is lost. */
  | { ok: false; identification: string; message: string };

/** Separators of thousands people type in a number: dots, commas, spaces (any kind). */
const SEPARATORS = /[.,\s\u00a0]/g;

/** The Spanish message for a NIT whose typed check digit is not the DIAN's. */
export function wrongCheckDigitMessage(nit: string, typed: string): string {
  return `El dígito de verificación de ${nit} es ${nitCheckDigit(nit)}, no ${typed}`;
}

/**
 * Reads a typed identification for an id type. Numeric types (cédula, NIT, registro civil) lose
 * their separators; a NIT "digits-d" is split into NIT and check digit. Other types (passports,
 * foreign documents) are letters and digits where a dot or space is not a separator but a
 * mistake Siigo names, so they are only trimmed. Anything still not valid is left for
 * `validateCustomer` to name.
 */
export function readIdentificationInput(idType: string, typed: string): IdentificationReading {
  const trimmed = typed.trim();
  if (!ID_TYPES.get(idType)?.numeric) return { ok: true, identification: trimmed, checkDigit: null };
  const digits = trimmed.replace(SEPARATORS, '');
  if (idType !== NIT_ID_TYPE) return { ok: true, identification: digits, checkDigit: null };
  const withDigit = /^(\d{1,15})-(\d)$/.exec(digits);
  if (!withDigit) return { ok: true, identification: digits, checkDigit: null };
  const [, nit = '', digit = ''] = withDigit;
  if (String(nitCheckDigit(nit)) !== digit) return { ok: false, identification: digits, message: wrongCheckDigitMessage(nit, digit) };
  return { ok: true, identification: nit, checkDigit: digit };
}

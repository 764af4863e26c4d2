/**
 * Identification documents Siigo accepts for Colombian companies (05-clientes.md, "Parámetros
 * para Colombia") and the format each one allows. Cédula (13), NIT (31) and registro civil (11)
 * are numbers of 3 to 13 digits; the others are alphanumeric. Every identification must also
 * match Siigo's `invalid_identification` pattern (letters, digits and inner hyphens, at least
 * 3 characters).
 */
import { IDENTIFICATION_PATTERN } from './fields';
import { nitCheckDigit } from './nit';

export interface IdType {
  code: string;
  name: string;
  numeric: boolean;
  maxLength: number;
}

const idType = (code: string, name: string, numeric: boolean, maxLength: number): IdType => ({ code, name, numeric, maxLength });

export const ID_TYPES: ReadonlyMap<string, IdType> = new Map(
  [
    idType('13', 'Cédula de ciudadanía', true, 13),
    idType('31', 'NIT', true, 13),
    idType('11', 'Registro civil', true, 13),
    idType('22', 'Cédula de extranjería', false, 20),
    idType('42', 'Documento de identificación extranjero', false, 20),
    idType('50', 'NIT de otro país', false, 20),
    // The Blueprint gives this one a shorter maximum than the other alphanumeric types.
    idType('R-00-PN', 'No obligado a registrarse en el RUT PN', false, 13),
    idType('91', 'NUIP', false, 20),
    idType('41', 'Pasaporte', false, 20),
    idType('47', 'Permiso especial de permanencia PEP', false, 20),
    idType('43', 'Sin identificación del exterior', false, 20),
    idType('21', 'Tarjeta de extranjería', false, 20),
    idType('12', 'Tarjeta de identidad', false, 20),
    idType('89', 'Salvoconducto de permanencia', false, 20),
    idType('48', 'Permiso protección temporal PPT', false, 20),
  ].map((t) => [t.code, t]),
);

export const NIT_ID_TYPE = '31';

/** Why an identification is not valid for its type, in Spanish; undefined when it is valid. */
export function identificationProblem(type: IdType, identification: string): string | undefined {
  if (type.numeric) {
    return /^\d{3,13}$/.test(identification) ? undefined : `para ${type.name} debe tener solo números, de 3 a 13 dígitos`;
  }
  if (identification.length > type.maxLength) return `para ${type.name} admite máximo ${type.maxLength} caracteres`;
  if (!IDENTIFICATION_PATTERN.test(identification)) {
    return 'solo letras, números y guiones internos, mínimo 3 caracteres, sin espacios';
  }
  return undefined;
}

/**
 * Why a check digit is wrong, in Spanish; undefined when it is right or not applicable. For a
 * NIT the digit must be the DIAN's; for other types only a single digit 0–9 is accepted.
 */
export function checkDigitProblem(idTypeCode: string, identification: string, checkDigit: string): string | undefined {
  if (idTypeCode === NIT_ID_TYPE) {
    if (!/^\d{1,15}$/.test(identification)) return undefined;
    const expected = String(nitCheckDigit(identification));
    return checkDigit === expected ? undefined : `el dígito de verificación no corresponde (debería ser ${expected})`;
  }
  return /^\d$/.test(checkDigit) ? undefined : 'debe ser un solo dígito de 0 a 9';
}

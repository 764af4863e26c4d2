/**
 * Check digits the sandbox both generates (seed data) and verifies (customer creation).
 */

/** DIAN weights for the NIT check digit, applied from the rightmost digit leftwards. */
const NIT_WEIGHTS = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71] as const;

/** DIAN modulo-11 check digit ("dígito de verificación") of a NIT of up to 15 digits. */
export function nitCheckDigit(nit: string): number {
  if (!/^\d{1,15}$/.test(nit)) throw new Error(`NIT must be 1-15 digits: ${nit}`);
  let sum = 0;
  for (let i = 0; i < nit.length; i++) {
    const digit = Number(nit[nit.length - 1 - i]);
    sum += digit * (NIT_WEIGHTS[i] ?? 0);
  }
  const rest = sum % 11;
  return rest > 1 ? 11 - rest : rest;
}

/** EAN-13 check digit for the first 12 digits (weights 1,3,1,3,... from the left). */
export function ean13CheckDigit(first12: string): number {
  if (!/^\d{12}$/.test(first12)) throw new Error(`EAN-13 body must be 12 digits: ${first12}`);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

export function isValidEan13(code: string): boolean {
  return /^\d{13}$/.test(code) && ean13CheckDigit(code.slice(0, 12)) === Number(code[12]);
}

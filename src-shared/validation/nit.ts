/**
 * The DIAN check digit ("dígito de verificación", DV) of a NIT: modulo 11 with the weights
 * 3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71 applied from the rightmost digit.
 * Remainder 0 or 1 is the digit itself; otherwise 11 − remainder.
 */
const NIT_WEIGHTS = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71] as const;

export class NitFormatError extends Error {
  constructor(readonly nit: string) {
    super(`A NIT has 1 to 15 digits: ${nit}`);
    this.name = 'NitFormatError';
  }
}

export function nitCheckDigit(nit: string): number {
  if (!/^\d{1,15}$/.test(nit)) throw new NitFormatError(nit);
  let sum = 0;
  for (let i = 0; i < nit.length; i++) {
    sum += Number(nit[nit.length - 1 - i]) * (NIT_WEIGHTS[i] ?? 0);
  }
  const rest = sum % 11;
  return rest > 1 ? 11 - rest : rest;
}

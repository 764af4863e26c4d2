/**
 * What a new customer starts with for its VAT regime and fiscal responsibilities (05-clientes.md:
 * `vat_responsible`, `fiscal_responsibilities`), until the person at the counter chooses.
 *
 * The rule and why:
 * - A natural person (persona natural) buying at a counter is, in the overwhelming majority, not
 *   registered as VAT-responsible and has none of the special responsibilities: not responsible
 *   for VAT, R-99-PN ("No aplica – Otros", Siigo's own default).
 * - A company identified by a Colombian NIT is, in the overwhelming majority, VAT-responsible
 *   (régimen común), and its invoices must say so: VAT responsible. Its special responsibilities
 *   (gran contribuyente, autorretenedor, agente de retención de IVA, régimen simple) are
 *   designations the DIAN gives to each company and are on its RUT: they are never guessed, so
 *   R-99-PN stands until someone picks them from the RUT.
 * - Any other company (a foreign NIT, a passport…) is not registered in Colombia: not
 *   responsible, R-99-PN.
 */
import { NIT_ID_TYPE } from './identification';

/** "No aplica – Otros": none of the other responsibilities applies. */
export const NO_RESPONSIBILITY = 'R-99-PN';

export interface FiscalChoice {
  vatResponsible: boolean;
  /** Codes of 05-clientes.md's list; never empty (Siigo requires one). */
  responsibilities: string[];
}

export function fiscalDefaults(personType: 'Person' | 'Company', idType: string): FiscalChoice {
  return { vatResponsible: personType === 'Company' && idType === NIT_ID_TYPE, responsibilities: [NO_RESPONSIBILITY] };
}

/**
 * Ticks or unticks one responsibility. R-99-PN means "none of the others", so it excludes them:
 * ticking it clears the others, ticking another clears it, and unticking the last one leaves
 * R-99-PN (Siigo needs at least one code).
 */
export function toggleResponsibility(codes: readonly string[], code: string, on: boolean): string[] {
  if (on) return code === NO_RESPONSIBILITY ? [NO_RESPONSIBILITY] : [...codes.filter((c) => c !== NO_RESPONSIBILITY && c !== code), code];
  const left = codes.filter((c) => c !== code);
  return left.length > 0 ? left : [NO_RESPONSIBILITY];
}

import { nitProblem, type AppDefaults, type AppSettingsUpdate, type Issuer } from '../../../src-shared/ipc/desktop';

/**
 * The Recibo section of Ajustes (Administración) as typed: who issues the documents, the DIAN
 * resolution, the cash rule. The roll and the printer are the cashier's (Preferencias).
 */
export interface ReceiptForm {
  issuer: Issuer;
  cashSessionRequired: boolean;
}

export const receiptFormOf = (defaults: AppDefaults): ReceiptForm => ({
  issuer: { ...defaults.issuer },
  cashSessionRequired: defaults.cashSessionRequired,
});

/** "900.123.456 - 8" as typed from a RUT reads as "900123456-8": dots and spaces are only grouping. */
export const normalizeNit = (nit: string): string => nit.replace(/[.\s]/g, '');

/** What keeps the form from being saved, by field (only the NIT can be wrong). */
export function receiptFormErrors(form: ReceiptForm): { nit?: string } {
  const nit = normalizeNit(form.issuer.nit);
  const problem = nit === '' ? null : nitProblem(nit);
  return problem ? { nit: problem } : {};
}

/** The update for main: only this section's fields, so it never overwrites the others'. */
export function receiptUpdate(form: ReceiptForm): NonNullable<AppSettingsUpdate['defaults']> {
  const trim = (text: string) => text.trim();
  return {
    issuer: {
      name: trim(form.issuer.name),
      nit: normalizeNit(form.issuer.nit),
      address: trim(form.issuer.address),
      phone: trim(form.issuer.phone),
      // Lines kept as typed (they print as typed), only the ends trimmed.
      resolution: form.issuer.resolution.replace(/\r\n/g, '\n').trim(),
    },
    cashSessionRequired: form.cashSessionRequired,
  };
}

import { operationKindLabels } from '../outbox/states';
import type { ZReport } from './z-report-types';

/** Words the report uses in Spanish (Colombia), shared by the screen and the CSV. */
export const movementKindLabels: Record<'in' | 'out', string> = { in: 'Entrada', out: 'Salida' };

export const rangeKindLabels: Record<ZReport['ranges'][number]['kind'], string> = {
  invoice: operationKindLabels.invoice,
  creditNote: operationKindLabels.creditNote,
  voucher: operationKindLabels.voucher,
};

const pendingStateLabels: Record<string, string> = {
  queued: 'En cola',
  sending: 'Enviando',
  retrying: 'Reintentando',
  needs_attention: 'Requiere atención',
};

/** A pending document's state as the cashier reads it elsewhere (ui/labels.ts). */
export const pendingStateLabel = (state: string): string => pendingStateLabels[state] ?? state;

import { receiptDateTime } from './receipt-model';

/** Under the paid invoices: where their balances come from, so an old reprint is read right. */
export function paidBalancesNote(asOf: string | null): string {
  return asOf
    ? `Saldos según Siigo al ${receiptDateTime(asOf)}, menos los abonos registrados en este equipo que Siigo aún no confirma.`
    : 'Saldos pendientes: el estado de cuenta del cliente no se ha consultado en este equipo.';
}

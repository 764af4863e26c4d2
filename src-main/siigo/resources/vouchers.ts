import { voucherSchema, type Voucher, type VoucherCreate } from '../../../src-shared/siigo';
import type { VoucherFilters } from '../query-params';
import type { SiigoTransport } from '../siigo-transport';
import { idempotentDocuments, type IdempotentDocumentsApi } from './idempotent-documents';

/** Vouchers (recibos de caja) have no PUT or DELETE. */
export type VouchersApi = IdempotentDocumentsApi<Voucher, VoucherCreate, VoucherFilters>;

export function vouchersApi(transport: SiigoTransport): VouchersApi {
  return idempotentDocuments<Voucher, VoucherCreate, VoucherFilters>(transport, '/v1/vouchers', 'voucher', voucherSchema).api;
}

import { voucherSchema, type Voucher, type VoucherCreate } from '../../../src-shared/siigo';
import type { CallOptions, IdempotentCallOptions } from '../call-options';
import { callFields, fetchPage, iterateAll, type Page } from '../pagination';
import type { PageQuery, VoucherFilters } from '../query-params';
import { assertResourceId } from '../request-validation';
import type { SiigoTransport } from '../siigo-transport';

export interface VouchersApi {
  /** Replayable with the Idempotency-Key, like invoices. Vouchers have no PUT or DELETE. */
  create(body: VoucherCreate, options: IdempotentCallOptions): Promise<Voucher>;
  get(id: string, options?: CallOptions): Promise<Voucher>;
  list(filters?: VoucherFilters & PageQuery, options?: CallOptions): Promise<Page<Voucher>>;
  iterate(filters?: VoucherFilters & PageQuery, options?: CallOptions): AsyncIterable<Voucher>;
}

const path = '/v1/vouchers';

export function vouchersApi(transport: SiigoTransport): VouchersApi {
  return {
    async create(body, options) {
      return transport.request({
        method: 'POST',
        path,
        body,
        idempotencyKey: options.idempotencyKey,
        schema: voucherSchema,
        timeout: 'write',
        ...callFields(options),
      });
    },
    async get(id, options) {
      return transport.request({
        method: 'GET',
        path: `${path}/${assertResourceId(id, 'voucher')}`,
        schema: voucherSchema,
        timeout: 'read',
        ...callFields(options),
      });
    },
    async list(filters, options) {
      return (await fetchPage(transport, path, voucherSchema, filters, options)).page;
    },
    iterate(filters, options) {
      return iterateAll(transport, path, voucherSchema, filters, options);
    },
  };
}

import {
  invoiceMailResponseSchema,
  invoicePdfSchema,
  invoiceSchema,
  stampErrorsSchema,
  type Invoice,
  type InvoiceCreate,
  type InvoiceMailRequest,
  type InvoiceMailResponse,
  type InvoicePdf,
  type StampErrors,
} from '../../../src-shared/siigo';
import type { CallOptions } from '../call-options';
import { callFields } from '../pagination';
import type { InvoiceFilters } from '../query-params';
import { assertResourceId } from '../request-validation';
import type { SiigoTransport } from '../siigo-transport';
import { idempotentDocuments, type IdempotentDocumentsApi } from './idempotent-documents';

export interface InvoicesApi extends IdempotentDocumentsApi<Invoice, InvoiceCreate, InvoiceFilters> {
  pdf(id: string, options?: CallOptions): Promise<InvoicePdf>;
  /** Single-shot (no key exists for mail): an ambiguous failure is unknown_outcome. */
  sendMail(id: string, body: InvoiceMailRequest, options?: CallOptions): Promise<InvoiceMailResponse>;
  /** Why the DIAN rejected the invoice (`stamp.status === 'Rejected'`). */
  stampErrors(id: string, options?: CallOptions): Promise<StampErrors>;
}

const path = '/v1/invoices';

export function invoicesApi(transport: SiigoTransport): InvoicesApi {
  const { api, getById } = idempotentDocuments<Invoice, InvoiceCreate, InvoiceFilters>(transport, path, 'invoice', invoiceSchema);
  return {
    ...api,
    async pdf(id, options) {
      return getById(id, '/pdf', invoicePdfSchema, options);
    },
    async sendMail(id, body, options) {
      const idSegment = assertResourceId(id, 'invoice');
      return transport.request({
        method: 'POST',
        path: `${path}/${idSegment}/mail`,
        body,
        schema: invoiceMailResponseSchema,
        timeout: 'write',
        ...callFields(options),
      });
    },
    async stampErrors(id, options) {
      return getById(id, '/stamp/errors', stampErrorsSchema, options);
    },
  };
}

import { z } from 'zod';
import { idempotencyKeySchema } from '../headers';
import { invoiceCreateSchema, invoiceSchema } from './invoice';

/** Body of `POST /v1/invoices/batch` (at most 1 MB). */
export const invoiceBatchCreateSchema = z.strictObject({
  notification_url: z.string().startsWith('https://').max(2047),
  invoices: z.array(invoiceCreateSchema.safeExtend({ idempotency_key: idempotencyKeySchema })).min(1),
});
export type InvoiceBatchCreate = z.infer<typeof invoiceBatchCreateSchema>;

/** Immediate answer to a batch: it is only received, the outcome comes by notification. */
export const invoiceBatchResponseSchema = z.looseObject({
  id: z.string().min(1),
  status: z.string(),
  received_at: z.string().nullish(),
});
export type InvoiceBatchResponse = z.infer<typeof invoiceBatchResponseSchema>;

/** An invoice of the batch that Siigo created: the invoice plus the batch bookkeeping. */
export const invoiceBatchCreatedSchema = invoiceSchema.extend({
  status_code: z.string(),
  idempotency_key: z.string(),
});

/** An invoice of the batch that failed. Unlike the usual error body, these keys are lower case. */
export const invoiceBatchFailedSchema = z.looseObject({
  status_code: z.string(),
  idempotency_key: z.string(),
  error: z.looseObject({
    status: z.number().int(),
    errors: z.array(
      z.looseObject({
        code: z.string(),
        message: z.string(),
        params: z.array(z.string()).nullish(),
        detail: z.string().nullish(),
      }),
    ),
  }),
});

/** What Siigo POSTs to `notification_url` once the batch is processed. */
export const invoiceBatchNotificationSchema = z.looseObject({
  id: z.string().min(1),
  status: z.string(),
  status_at: z.string().nullish(),
  notification_url: z.string().nullish(),
  invoices: z.array(z.union([invoiceBatchFailedSchema, invoiceBatchCreatedSchema])),
});
export type InvoiceBatchNotification = z.infer<typeof invoiceBatchNotificationSchema>;

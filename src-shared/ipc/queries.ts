import { z } from 'zod';

/** Siigo accepts `yyyy-MM-dd` or UTC `yyyy-MM-ddTHH:mm:ssZ` in its date filters. */
export const siigoDateFilterSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?$/, 'Use yyyy-MM-dd or yyyy-MM-ddTHH:mm:ssZ (UTC)');

const pageQuery = {
  page: z.number().int().min(1).optional(),
  page_size: z.number().int().min(1).max(100).optional(),
};

const createdUpdated = {
  created_start: siigoDateFilterSchema.optional(),
  created_end: siigoDateFilterSchema.optional(),
  updated_start: siigoDateFilterSchema.optional(),
  updated_end: siigoDateFilterSchema.optional(),
};

export const customerQuerySchema = z.strictObject({
  identification: z.string().min(1).optional(),
  branch_office: z.number().int().min(0).optional(),
  ...createdUpdated,
  ...pageQuery,
});
export type CustomerQuery = z.infer<typeof customerQuerySchema>;

export const productQuerySchema = z.strictObject({
  code: z.string().min(1).optional(),
  id: z.string().min(1).optional(),
  ...createdUpdated,
  ...pageQuery,
});
export type ProductQuery = z.infer<typeof productQuerySchema>;

const documentQuery = {
  document_id: z.number().int().optional(),
  customer_identification: z.string().min(1).optional(),
  customer_branch_office: z.number().int().min(0).optional(),
  name: z.string().min(1).optional(),
  date_start: siigoDateFilterSchema.optional(),
  date_end: siigoDateFilterSchema.optional(),
  ...createdUpdated,
  ...pageQuery,
};

export const invoiceQuerySchema = z.strictObject(documentQuery);
export type InvoiceQuery = z.infer<typeof invoiceQuerySchema>;
export const quotationQuerySchema = z.strictObject(documentQuery);
export type QuotationQuery = z.infer<typeof quotationQuerySchema>;
export const voucherQuerySchema = z.strictObject(documentQuery);
export type VoucherQuery = z.infer<typeof voucherQuerySchema>;

/** `GET /v1/credit-notes` documents only the created and updated ranges. */
export const creditNoteQuerySchema = z.strictObject({ ...createdUpdated, ...pageQuery });
export type CreditNoteQuery = z.infer<typeof creditNoteQuerySchema>;

/** A page as the app sees it, independent of Siigo's envelope. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    page: z.number().int(),
    pageSize: z.number().int(),
    totalResults: z.number().int(),
    hasNext: z.boolean(),
    results: z.array(item),
  });
}

import { z } from 'zod';
import { currencySchema, currencyWriteSchema, idRefSchema, metadataSchema, siigoDateSchema, siigoIdSchema } from './common';
import {
  documentCustomerRefSchema,
  documentCustomerSchema,
  documentItemSchema,
  quotationItemWriteSchema,
} from './document-parts';
import { paginatedSchema } from './pagination';

/** A quotation as Siigo returns it. */
export const quotationSchema = z.looseObject({
  id: z.string().min(1),
  document: z.looseObject({ id: z.number() }).nullish(),
  number: z.number().int().nullish(),
  // "C-1-22"
  name: z.string().min(1),
  date: z.string(),
  customer: documentCustomerSchema.nullish(),
  cost_center: z.number().nullish(),
  currency: currencySchema.nullish(),
  total: z.number(),
  seller: z.number().nullish(),
  observations: z.string().nullish(),
  items: z.array(documentItemSchema).nullish(),
  public_url: z.string().nullish(),
  metadata: metadataSchema.nullish(),
});
export type Quotation = z.infer<typeof quotationSchema>;

/** `GET /v1/quotations` page. */
export const quotationsPageSchema = paginatedSchema(quotationSchema);

/**
 * Body of `POST /v1/quotations`. Quotations take no Idempotency-Key: a replay must look for the
 * first attempt before posting again.
 */
export const quotationCreateSchema = z.strictObject({
  document: idRefSchema,
  number: z.number().int().positive().optional(),
  date: siigoDateSchema,
  customer: documentCustomerRefSchema,
  cost_center: siigoIdSchema.optional(),
  currency: currencyWriteSchema.optional(),
  seller: siigoIdSchema,
  observations: z.string().max(4000).optional(),
  items: z.array(quotationItemWriteSchema).min(1),
});
export type QuotationCreate = z.infer<typeof quotationCreateSchema>;

/** Body of `PUT /v1/quotations/{id}`: document, number, customer and currency cannot change. */
export const quotationUpdateSchema = quotationCreateSchema;
export type QuotationUpdate = z.infer<typeof quotationUpdateSchema>;

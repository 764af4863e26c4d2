import { z } from 'zod';
import { customerCreateSchema } from './customer';
import {
  currencySchema,
  currencyWriteSchema,
  idRefSchema,
  metadataSchema,
  siigoDateSchema,
  siigoIdSchema,
  taxReadSchema,
} from './common';
import {
  additionalFieldsReadSchema,
  additionalFieldsWriteSchema,
  documentCustomerRefSchema,
  documentCustomerSchema,
  documentItemSchema,
  documentItemWriteShape,
  globalAdjustmentReadSchema,
  globalAdjustmentWriteSchema,
  paymentReadSchema,
  paymentWriteSchema,
  requirePrice,
  taxablePriceShape,
} from './document-parts';
import { mailRequestSchema, mailSchema } from './mail';
import { paginatedSchema } from './pagination';
import { stampRequestSchema, stampSchema } from './stamp';

/** A sales invoice as Siigo returns it (create, get, list, edit). */
export const invoiceSchema = z.looseObject({
  id: z.string().min(1),
  document: z.looseObject({ id: z.number() }).nullish(),
  prefix: z.string().nullish(),
  number: z.number().int().nullish(),
  // "FV-1-123": what the shop and the customer see.
  name: z.string().min(1),
  date: z.string(),
  customer: documentCustomerSchema.nullish(),
  cost_center: z.number().nullish(),
  currency: currencySchema.nullish(),
  seller: z.number().nullish(),
  retentions: z.array(taxReadSchema).nullish(),
  advance_payment: z.number().nullish(),
  total: z.number(),
  balance: z.number().nullish(),
  observations: z.string().nullish(),
  items: z.array(documentItemSchema).nullish(),
  payments: z.array(paymentReadSchema).nullish(),
  global_charges: z.array(globalAdjustmentReadSchema).nullish(),
  global_discounts: z.array(globalAdjustmentReadSchema).nullish(),
  additional_fields: additionalFieldsReadSchema.nullish(),
  stamp: stampSchema.nullish(),
  mail: mailSchema.nullish(),
  cufe: z.string().nullish(),
  public_url: z.string().nullish(),
  annulled: z.boolean().nullish(),
  metadata: metadataSchema.nullish(),
});
export type Invoice = z.infer<typeof invoiceSchema>;

/** `GET /v1/invoices` page. */
export const invoicesPageSchema = paginatedSchema(invoiceSchema);

/** Cargo transport fields of a line (document types with `cargo_transportation`). */
const transportWriteSchema = z.strictObject({
  file_number: z.number().int().optional(),
  shipment_number: z.string().max(15).optional(),
  transported_quantity: z.number().int().optional(),
  measurement_unit: z.enum(['GLL', 'KGM']).optional(),
  freight_value: z.number().int().optional(),
  purchase_order: z.string().max(50).optional(),
  service_type: z.enum(['AdditionalService', 'Shipment']).optional(),
});

/** A line of an invoice we send: `price`, or `taxed_price` (IVA included), or both (taxed_price wins). */
export const invoiceItemWriteSchema = requirePrice(z.strictObject({
  ...documentItemWriteShape,
  ...taxablePriceShape,
  warehouse: siigoIdSchema.optional(),
  // Only when the document type has `seller_by_item`.
  seller: siigoIdSchema.optional(),
  // Third-party income (`customer_by_item`).
  customer: documentCustomerRefSchema.optional(),
  // Gift lines (price 0): the real base and who bears the IVA.
  tax_base: z.number().positive().optional(),
  taxpayer: z.enum(['Customer', 'Company']).optional(),
  transport: transportWriteSchema.optional(),
}));
export type InvoiceItemWrite = z.infer<typeof invoiceItemWriteSchema>;

// The table types payment_method and service_plan as numbers, but lists and sends them as
// zero-padded codes ("04"); accept both.
const healthcareCode = z.union([z.string().regex(/^\d{2}$/), z.number().int()]);

/** Health-sector fields (document types with `healthcare_company`). */
const healthcareWriteSchema = z.strictObject({
  operation_type: z.enum(['SS-CUFE', 'SS-SinAporte', 'SS-Recaudo']),
  period_start: siigoDateSchema.optional(),
  period_end: siigoDateSchema.optional(),
  payment_method: healthcareCode.optional(),
  service_plan: healthcareCode.optional(),
  policy_number: z.string().max(50).optional(),
  contract_number: z.string().max(50).optional(),
  copayment: z.number().nonnegative().optional(),
  coinsurance: z.number().nonnegative().optional(),
  cost_sharing: z.number().nonnegative().optional(),
  recovery_charge: z.number().nonnegative().optional(),
});

/**
 * Body of `POST /v1/invoices` (send with an Idempotency-Key). Electronic invoices must be dated
 * the day they are sent. The customer is either an existing one, by identification, or a full
 * new customer created together with the invoice.
 */
export const invoiceCreateSchema = z.strictObject({
  document: idRefSchema,
  number: z.number().int().positive().optional(),
  date: siigoDateSchema,
  customer: z.union([documentCustomerRefSchema, customerCreateSchema]),
  cost_center: siigoIdSchema.optional(),
  currency: currencyWriteSchema.optional(),
  seller: siigoIdSchema,
  stamp: stampRequestSchema.optional(),
  mail: mailRequestSchema.optional(),
  observations: z.string().max(4000).optional(),
  // ReteICA, ReteIVA or autorretención ids from /taxes.
  retentions: z.array(idRefSchema).optional(),
  advance_payment: z.number().nonnegative().optional(),
  items: z.array(invoiceItemWriteSchema).min(1).max(500),
  // Must add up exactly to Siigo's own total (`invalid_total_payments`).
  payments: z.array(paymentWriteSchema).min(1),
  global_discounts: z.array(globalAdjustmentWriteSchema).optional(),
  global_charges: z.array(globalAdjustmentWriteSchema).optional(),
  additional_fields: additionalFieldsWriteSchema.optional(),
  healthcare_company: healthcareWriteSchema.optional(),
});
export type InvoiceCreate = z.infer<typeof invoiceCreateSchema>;

/** Body of `PUT /v1/invoices/{id}`: same shape; document, customer, currency cannot change. */
export const invoiceUpdateSchema = invoiceCreateSchema;
export type InvoiceUpdate = z.infer<typeof invoiceUpdateSchema>;

/** `GET /v1/invoices/{id}/pdf` (and `/xml`, the same shape): the file in base64. */
export const invoicePdfSchema = z.looseObject({
  id: z.string().min(1),
  base64: z.string().min(1),
});
export type InvoicePdf = z.infer<typeof invoicePdfSchema>;

/** Answer of `POST /v1/invoices/{id}/annul`. Note Siigo's capital A. */
export const invoiceAnnulResultSchema = z.looseObject({
  id: z.string(),
  Annul: z.boolean(),
});
export type InvoiceAnnulResult = z.infer<typeof invoiceAnnulResultSchema>;

import { z } from 'zod';
import { siigoDateSchema, siigoIdSchema, taxReadSchema } from './common';

// Pieces shared by sales documents (invoices, quotations): lines, payments, customer reference.

/** The customer of a document on read: a reference, not the full customer. */
export const documentCustomerSchema = z.looseObject({
  id: z.string().nullish(),
  identification: z.string(),
  branch_office: z.number().int().nullish(),
});
export type DocumentCustomer = z.infer<typeof documentCustomerSchema>;

/** The customer of a document on write: an existing customer by identification and branch. */
export const documentCustomerRefSchema = z.strictObject({
  identification: z.string().min(1),
  branch_office: z.number().int().min(0).max(999).optional(),
});
export type DocumentCustomerRef = z.infer<typeof documentCustomerRefSchema>;

/** A document line on read. `discount` and `warehouse` are objects here, numbers on write. */
export const documentItemSchema = z.looseObject({
  id: z.string().nullish(),
  code: z.string(),
  description: z.string().nullish(),
  quantity: z.number(),
  price: z.number(),
  discount: z.looseObject({ percentage: z.number().nullish(), value: z.number().nullish() }).nullish(),
  taxes: z.array(taxReadSchema.extend({ base_value: z.number().nullish() })).nullish(),
  warehouse: z.looseObject({ id: z.number(), name: z.string().nullish() }).nullish(),
  seller: z.number().nullish(),
  total: z.number().nullish(),
});
export type DocumentItem = z.infer<typeof documentItemSchema>;

/**
 * A tax on a line we send. Only `id` matters to Siigo; the other fields are tolerated so a line
 * built from a product's taxes can be sent as is.
 */
export const itemTaxWriteSchema = z.strictObject({
  id: siigoIdSchema,
  name: z.string().optional(),
  type: z.string().optional(),
  percentage: z.number().optional(),
  value: z.number().optional(),
});
export type ItemTaxWrite = z.infer<typeof itemTaxWriteSchema>;

/** The fields every line we send may carry (quotation lines are exactly these). */
export const documentItemWriteShape = {
  code: z.string().min(1),
  description: z.string().optional(),
  // At most 2 decimals; that rule is enforced where totals are computed.
  quantity: z.number().positive(),
  // 0 is allowed for gift lines (with tax_base and taxpayer on invoices).
  price: z.number().nonnegative(),
  // Percentage or value depending on the document type's `discount_type`.
  discount: z.number().nonnegative().optional(),
  taxes: z.array(itemTaxWriteSchema).max(3).optional(),
  // Our own computed total, tolerated for convenience; Siigo recomputes it.
  total: z.number().optional(),
};

export const quotationItemWriteSchema = z.strictObject(documentItemWriteShape);
export type QuotationItemWrite = z.infer<typeof quotationItemWriteSchema>;

/**
 * The price fields of a line that may be priced with IVA included (invoices, credit notes):
 * `taxed_price` replaces `price` when sent, and Siigo derives the base itself (10 000 with IVA
 * 19 % → base 8 403,36 and IVA 1 596,64). One of the two is required: see `requirePrice`.
 */
export const taxablePriceShape = {
  price: documentItemWriteShape.price.optional(),
  // At most 6 decimals, like price; that rule is enforced by the validators.
  taxed_price: z.number().nonnegative().optional(),
};

/** A line with `taxablePriceShape` and neither price cannot be totalled (nor sent). */
export function requirePrice<T extends z.ZodType<{ price?: number | undefined; taxed_price?: number | undefined }>>(line: T): T {
  return line.refine((item) => item.price !== undefined || item.taxed_price !== undefined, {
    message: 'An item needs price, or taxed_price (price with IVA included)',
    path: ['price'],
  });
}

export const paymentReadSchema = z.looseObject({
  id: z.number().nullish(),
  name: z.string().nullish(),
  value: z.number(),
  due_date: z.string().nullish(),
});
export type PaymentRead = z.infer<typeof paymentReadSchema>;

/** A payment of an invoice. `due_date` is required when the payment type has `due_date: true`. */
export const paymentWriteSchema = z.strictObject({
  id: siigoIdSchema,
  name: z.string().optional(),
  value: z.number().nonnegative(),
  due_date: siigoDateSchema.optional(),
});
export type PaymentWrite = z.infer<typeof paymentWriteSchema>;

/** Global discount or charge on read. */
export const globalAdjustmentReadSchema = z.looseObject({
  id: z.number(),
  name: z.string().nullish(),
  percentage: z.number().nullish(),
  value: z.number().nullish(),
});

export const globalAdjustmentWriteSchema = z.strictObject({
  id: siigoIdSchema,
  percentage: z.number().min(0).max(99.99).optional(),
  value: z.number().nonnegative().optional(),
});

const orderReferenceRead = z.looseObject({
  prefix: z.string().nullish(),
  number: z.string().nullish(),
  date: z.string().nullish(),
});

/** Purchase and delivery order references on an invoice. */
export const additionalFieldsReadSchema = z.looseObject({
  purchase_order: orderReferenceRead.nullish(),
  delivery_order: orderReferenceRead.nullish(),
});

export const additionalFieldsWriteSchema = z.strictObject({
  purchase_order: z
    .strictObject({ prefix: z.string().max(20).optional(), number: z.string().max(20).optional() })
    .optional(),
  delivery_order: z
    .strictObject({
      prefix: z.string().max(20).optional(),
      number: z.string().max(20).optional(),
      date: siigoDateSchema,
    })
    .optional(),
});

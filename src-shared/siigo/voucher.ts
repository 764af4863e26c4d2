import { z } from 'zod';
import {
  currencySchema,
  currencyWriteSchema,
  idRefSchema,
  metadataSchema,
  siigoDateSchema,
  siigoIdSchema,
} from './common';
import { documentCustomerRefSchema, documentCustomerSchema } from './document-parts';
import { paginatedSchema } from './pagination';

// Vouchers (recibos de caja): payments received against invoices, advances, or free-form entries.

export const voucherTypes = ['DebtPayment', 'AdvancePayment', 'Detailed'] as const;
export type VoucherType = (typeof voucherTypes)[number];

/** The invoice instalment a payment settles: invoice prefix, number and quote (cuota). */
export const voucherDueSchema = z.strictObject({
  prefix: z.string().min(1),
  consecutive: z.number().int().positive(),
  quote: z.number().int().positive(),
  date: siigoDateSchema,
});
export type VoucherDue = z.infer<typeof voucherDueSchema>;

/** `payment` is ONE object, although the Blueprint's field table calls it `payments`. */
export const voucherPaymentWriteSchema = z.strictObject({
  id: siigoIdSchema,
  value: z.number().positive(),
  due_date: siigoDateSchema.optional(),
});
export type VoucherPaymentWrite = z.infer<typeof voucherPaymentWriteSchema>;

const voucherCommonShape = {
  document: idRefSchema,
  date: siigoDateSchema,
  customer: documentCustomerRefSchema,
  currency: currencyWriteSchema.optional(),
  cost_center: siigoIdSchema.optional(),
  observations: z.string().optional(),
};

const debtPaymentSchema = z.strictObject({
  ...voucherCommonShape,
  type: z.literal('DebtPayment'),
  items: z.array(z.strictObject({ due: voucherDueSchema, value: z.number().positive() })).min(1),
  payment: voucherPaymentWriteSchema,
});

// No items on an advance: Siigo answers invalid_array.
const advancePaymentSchema = z.strictObject({
  ...voucherCommonShape,
  type: z.literal('AdvancePayment'),
  payment: voucherPaymentWriteSchema,
});

const detailedItemSchema = z.strictObject({
  account: z.strictObject({ code: z.string().min(1), movement: z.enum(['Debit', 'Credit']) }),
  due: voucherDueSchema.optional(),
  tax: idRefSchema.optional(),
  description: z.string().optional(),
  value: z.number().positive(),
});

// Accounting entries only; a `payment` here is rejected with invalid_payment.
const detailedSchema = z.strictObject({
  ...voucherCommonShape,
  type: z.literal('Detailed'),
  items: z.array(detailedItemSchema).min(1),
});

/** Body of `POST /v1/vouchers` (send with an Idempotency-Key). No PUT or DELETE exists. */
export const voucherCreateSchema = z.discriminatedUnion('type', [
  debtPaymentSchema,
  advancePaymentSchema,
  detailedSchema,
]);
export type VoucherCreate = z.infer<typeof voucherCreateSchema>;

/** A voucher as Siigo returns it. */
export const voucherSchema = z.looseObject({
  id: z.string().min(1),
  document: z.looseObject({ id: z.number() }).nullish(),
  number: z.number().int().nullish(),
  // "RC-1-22"
  name: z.string().nullish(),
  date: z.string(),
  // Tolerant: `voucherTypes` lists the known ones.
  type: z.string(),
  customer: documentCustomerSchema.nullish(),
  currency: currencySchema.nullish(),
  cost_center: z.number().nullish(),
  items: z
    .array(
      z.looseObject({
        due: z
          .looseObject({
            prefix: z.string().nullish(),
            consecutive: z.number().nullish(),
            quote: z.number().nullish(),
            date: z.string().nullish(),
          })
          .nullish(),
        account: z.looseObject({ code: z.string(), movement: z.string().nullish() }).nullish(),
        description: z.string().nullish(),
        value: z.number().nullish(),
      }),
    )
    .nullish(),
  payment: z
    .looseObject({ id: z.number().nullish(), name: z.string().nullish(), value: z.number() })
    .nullish(),
  balance: z.number().nullish(),
  observations: z.string().nullish(),
  metadata: metadataSchema.nullish(),
});
export type Voucher = z.infer<typeof voucherSchema>;

/** `GET /v1/vouchers` page. */
export const vouchersPageSchema = paginatedSchema(voucherSchema);

import { z } from 'zod';
import { currencySchema, idRefSchema, metadataSchema, siigoDateSchema, siigoIdSchema, taxReadSchema } from './common';
import {
  documentCustomerSchema,
  documentItemSchema,
  documentItemWriteShape,
  paymentReadSchema,
  paymentWriteSchema,
  requirePrice,
  taxablePriceShape,
} from './document-parts';
import { mailRequestSchema, mailSchema } from './mail';
import { paginatedSchema } from './pagination';
import { stampRequestSchema, stampSchema } from './stamp';

/**
 * The DIAN's reasons for a credit note (`reason`), as the Blueprint's table lists them. The field
 * table says "1 to 5", but the table has no 5 and has 6 and 7; the table is the DIAN's list.
 */
export const creditNoteReasons = {
  1: 'Devolución parcial de los bienes y/o no aceptación parcial del servicio',
  2: 'Anulación de factura electrónica',
  3: 'Rebaja o descuento parcial o total',
  4: 'Ajuste de precio',
  6: 'Descuento comercial por pronto pago',
  7: 'Descuento comercial por volumen de ventas',
} as const satisfies Record<number, string>;
export type CreditNoteReason = keyof typeof creditNoteReasons;
export const creditNoteReasonCodes = [1, 2, 3, 4, 6, 7] as const satisfies readonly CreditNoteReason[];
export const creditNoteReasonSchema = z.literal(creditNoteReasonCodes);

export function isCreditNoteReason(value: unknown): value is CreditNoteReason {
  return (creditNoteReasonCodes as readonly unknown[]).includes(value);
}

/** A credit note as Siigo returns it (create, get, list). Its DIAN code is `stamp.cude`. */
export const creditNoteSchema = z.looseObject({
  id: z.string().min(1),
  document: z.looseObject({ id: z.number() }).nullish(),
  number: z.number().int().nullish(),
  // "NC-2-22": what the shop and the customer see.
  name: z.string().min(1),
  date: z.string(),
  // The invoice it corrects; the Blueprint always names it ("FV-2-20").
  invoice: z.looseObject({ id: z.string().min(1), name: z.string().nullish() }).nullish(),
  customer: documentCustomerSchema.nullish(),
  cost_center: z.number().nullish(),
  currency: currencySchema.nullish(),
  retentions: z.array(taxReadSchema).nullish(),
  total: z.number(),
  balance: z.number().nullish(),
  seller: z.number().nullish(),
  observations: z.string().nullish(),
  items: z.array(documentItemSchema).nullish(),
  payments: z.array(paymentReadSchema).nullish(),
  stamp: stampSchema.nullish(),
  mail: mailSchema.nullish(),
  public_url: z.string().nullish(),
  metadata: metadataSchema.nullish(),
});
export type CreditNote = z.infer<typeof creditNoteSchema>;

/** `GET /v1/credit-notes` page. */
export const creditNotesPageSchema = paginatedSchema(creditNoteSchema);

/**
 * A line of a credit note we send: what is returned or credited, priced like an invoice line
 * (`price` or `taxed_price`). Gift lines (price 0) carry the real base and who bears the IVA.
 */
export const creditNoteItemWriteSchema = requirePrice(
  z.strictObject({
    ...documentItemWriteShape,
    ...taxablePriceShape,
    warehouse: siigoIdSchema.optional(),
    tax_base: z.number().positive().optional(),
    taxpayer: z.enum(['Customer', 'Company']).optional(),
  }),
);
export type CreditNoteItemWrite = z.infer<typeof creditNoteItemWriteSchema>;

/**
 * Body of `POST /v1/credit-notes` (send with an Idempotency-Key). `invoice` is the Siigo id of
 * the invoice it corrects; Siigo requires it and `reason` on electronic notes, whose date cannot
 * be before today. Notes to invoices outside Siigo (`invoice_data`) are not modelled.
 */
export const creditNoteCreateSchema = z.strictObject({
  document: idRefSchema,
  number: z.number().int().positive().optional(),
  date: siigoDateSchema,
  invoice: z.guid(),
  cost_center: siigoIdSchema.optional(),
  reason: creditNoteReasonSchema,
  // ReteICA, ReteIVA or autorretención ids from /taxes.
  retentions: z.array(idRefSchema).optional(),
  observations: z.string().max(4000).optional(),
  stamp: stampRequestSchema.optional(),
  mail: mailRequestSchema.optional(),
  items: z.array(creditNoteItemWriteSchema).min(1).max(500),
  // Must add up exactly to the note's total, by the invoices' formula (`invalid_total_payments`).
  payments: z.array(paymentWriteSchema).min(1),
});
export type CreditNoteCreate = z.infer<typeof creditNoteCreateSchema>;

/** `GET /v1/credit-notes/{id}/pdf`: the file in base64. */
export const creditNotePdfSchema = z.looseObject({
  id: z.string().min(1),
  base64: z.string().min(1),
});
export type CreditNotePdf = z.infer<typeof creditNotePdfSchema>;

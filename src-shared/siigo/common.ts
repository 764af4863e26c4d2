import { z } from 'zod';

// Conventions for every Siigo shape in this folder:
// - Read schemas (what Siigo sends) are loose objects: fields we do not model are kept, optional
//   fields accept null, but the fields the app cannot work without are required so that a
//   malformed response fails loudly instead of yielding `undefined`.
// - Write schemas (what we send) are strict objects: a misspelt or unknown key is a bug on our
//   side and must fail before it reaches Siigo (where it would be silently ignored).
// Money stays a plain JS number here because that is Siigo's JSON; exact decimal math is done
// elsewhere.

/** `yyyy-MM-dd`, the only date format Siigo accepts in document bodies. */
export const siigoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected yyyy-MM-dd');

/** Siigo's numeric catalog ids (document types, taxes, payment types, users, warehouses…). */
export const siigoIdSchema = z.number().int().positive();

/** Write-side reference to a catalog entry, e.g. `document: {id}` or `retentions: [{id}]`. */
export const idRefSchema = z.strictObject({ id: siigoIdSchema });
export type IdRef = z.infer<typeof idRefSchema>;

/** `metadata` on every resource. `last_updated` is null until the first edit. */
export const metadataSchema = z.looseObject({
  created: z.string().nullish(),
  last_updated: z.string().nullish(),
});
export type Metadata = z.infer<typeof metadataSchema>;

/** Foreign currency of a document. */
export const currencySchema = z.looseObject({
  code: z.string(),
  exchange_rate: z.number().nullish(),
});
export type Currency = z.infer<typeof currencySchema>;

export const currencyWriteSchema = z.strictObject({
  code: z.string().min(1),
  exchange_rate: z.number().positive(),
});
export type CurrencyWrite = z.infer<typeof currencyWriteSchema>;

/** A tax or retention as Siigo echoes it on products and documents. */
export const taxReadSchema = z.looseObject({
  id: z.number(),
  name: z.string().nullish(),
  type: z.string().nullish(),
  percentage: z.number().nullish(),
  value: z.number().nullish(),
});
export type TaxRead = z.infer<typeof taxReadSchema>;

/** Answer to DELETE on products, invoices, quotations. */
export const deletionResultSchema = z.looseObject({
  id: z.string(),
  deleted: z.boolean(),
});
export type DeletionResult = z.infer<typeof deletionResultSchema>;

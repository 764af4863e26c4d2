import { z } from 'zod';

/** DIAN status of an electronic document. */
export const stampStatuses = ['Draft', 'Accepted', 'Rejected'] as const;
export type StampStatus = (typeof stampStatuses)[number];
export const stampStatusSchema = z.enum(stampStatuses);

/** Read schemas keep `stamp.status` a plain string so a new status does not break reading. */
export function isKnownStampStatus(status: string): status is StampStatus {
  return (stampStatuses as readonly string[]).includes(status);
}

/** `stamp` on write: ask Siigo to send the document to the DIAN at creation. */
export const stampRequestSchema = z.strictObject({ send: z.boolean() });
export type StampRequest = z.infer<typeof stampRequestSchema>;

/** `stamp` on read. `cude` instead of `cufe` on credit notes. */
export const stampSchema = z.looseObject({
  status: z.string(),
  cufe: z.string().nullish(),
  cude: z.string().nullish(),
  observations: z.string().nullish(),
  // Documented as a string, shape not guaranteed; the detail comes from /stamp/errors.
  errors: z.unknown().optional(),
});
export type Stamp = z.infer<typeof stampSchema>;

/** `GET /v1/invoices/{id}/stamp/errors`: why the DIAN rejected the invoice. */
export const stampErrorsSchema = z.looseObject({
  id: z.string().min(1),
  errors: z.array(
    z.looseObject({
      code: z.string().nullish(),
      message: z.string(),
    }),
  ),
});
export type StampErrors = z.infer<typeof stampErrorsSchema>;

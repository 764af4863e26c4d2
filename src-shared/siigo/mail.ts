import { z } from 'zod';

/** `mail.status` values seen on invoices (see FIELD-NOTES); read schemas keep it a string. */
export const mailStatuses = [
  'not_sent',
  'sent',
  'read',
  'failed_delivery',
  'commented',
  'process_of_sending',
  'pending_send',
] as const;
export type MailStatus = (typeof mailStatuses)[number];

/** `mail` on write: send the document to the customer's contacts at creation. */
export const mailRequestSchema = z.strictObject({ send: z.boolean() });
export type MailRequest = z.infer<typeof mailRequestSchema>;

/** `mail` on read, also the answer of `POST /v1/invoices/{id}/mail`. */
export const mailSchema = z.looseObject({
  status: z.string().nullish(),
  observations: z.string().nullish(),
});
export type Mail = z.infer<typeof mailSchema>;

const emailList = z
  .string()
  .refine(
    (list) => list.split(';').every((address) => z.email().safeParse(address.trim()).success),
    'expected e-mail addresses separated by ";"',
  );

/** Body of `POST /v1/invoices/{id}/mail`: up to 5 addresses in all, `copy_to` separated by ";". */
export const invoiceMailRequestSchema = z.strictObject({
  mail_to: z.email(),
  copy_to: emailList.optional(),
});
export type InvoiceMailRequest = z.infer<typeof invoiceMailRequestSchema>;

export const invoiceMailResponseSchema = mailSchema;
export type InvoiceMailResponse = z.infer<typeof invoiceMailResponseSchema>;

import { z } from 'zod';
import { siigoErrorEntrySchema } from '../failure';

/** The body of every 4xx/5xx answer: `{"Status": 400, "Errors": [{Code, Message, Params?, Detail?}]}`. */
export const siigoErrorBodySchema = z.looseObject({
  Status: z.number().int(),
  Errors: z.array(siigoErrorEntrySchema.loose()),
});
export type SiigoErrorBody = z.infer<typeof siigoErrorBodySchema>;

import { z } from 'zod';

const linkSchema = z.looseObject({ href: z.string() });

export const paginationSchema = z.looseObject({
  page: z.number().int(),
  page_size: z.number().int(),
  total_results: z.number().int(),
});
export type Pagination = z.infer<typeof paginationSchema>;

export const linksSchema = z.looseObject({
  previous: linkSchema.nullish(),
  self: linkSchema.nullish(),
  next: linkSchema.nullish(),
});
export type Links = z.infer<typeof linksSchema>;

/**
 * The envelope of every Siigo list endpoint. `pagination` and `results` are required: a list
 * without them (an error body returned with 200, say) must not read as an empty page.
 */
export function paginatedSchema<T extends z.ZodType>(item: T) {
  return z.looseObject({
    pagination: paginationSchema,
    results: z.array(item),
    _links: linksSchema.nullish(),
  });
}

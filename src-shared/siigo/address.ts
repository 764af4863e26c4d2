import { z } from 'zod';

// Address and contact pieces of a customer (tercero), as read and as written.

/** City codes are DANE codes as strings ("11001"); keep them strings, leading zeros matter ("05001"). */
export const cityReadSchema = z.looseObject({
  country_code: z.string().nullish(),
  country_name: z.string().nullish(),
  state_code: z.string().nullish(),
  state_name: z.string().nullish(),
  city_code: z.string().nullish(),
  city_name: z.string().nullish(),
});
export type CityRead = z.infer<typeof cityReadSchema>;

export const cityWriteSchema = z.strictObject({
  country_code: z.string().min(1),
  state_code: z.string().min(1),
  city_code: z.string().min(1),
});
export type CityWrite = z.infer<typeof cityWriteSchema>;

export const addressReadSchema = z.looseObject({
  address: z.string().nullish(),
  city: cityReadSchema.nullish(),
  postal_code: z.string().nullish(),
});
export type AddressRead = z.infer<typeof addressReadSchema>;

export const addressWriteSchema = z.strictObject({
  address: z.string().min(1).max(256),
  city: cityWriteSchema,
  postal_code: z.string().max(10).optional(),
});
export type AddressWrite = z.infer<typeof addressWriteSchema>;

export const phoneReadSchema = z.looseObject({
  indicative: z.string().nullish(),
  number: z.string().nullish(),
  extension: z.string().nullish(),
});
export type PhoneRead = z.infer<typeof phoneReadSchema>;

const phoneDigits = z.string().regex(/^\d{1,10}$/, 'digits only, at most 10');

export const phoneWriteSchema = z.strictObject({
  indicative: phoneDigits.optional(),
  number: phoneDigits.optional(),
  extension: phoneDigits.optional(),
});
export type PhoneWrite = z.infer<typeof phoneWriteSchema>;

export const contactReadSchema = z.looseObject({
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  email: z.string().nullish(),
  phone: phoneReadSchema.nullish(),
});
export type ContactRead = z.infer<typeof contactReadSchema>;

export const contactWriteSchema = z.strictObject({
  first_name: z.string().min(1).max(50),
  last_name: z.string().max(50).optional(),
  email: z.email().max(100).optional(),
  phone: phoneWriteSchema.optional(),
});
export type ContactWrite = z.infer<typeof contactWriteSchema>;

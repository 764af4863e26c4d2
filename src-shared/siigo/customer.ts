import { z } from 'zod';
import {
  addressReadSchema,
  addressWriteSchema,
  contactReadSchema,
  contactWriteSchema,
  phoneReadSchema,
  phoneWriteSchema,
} from './address';
import { metadataSchema } from './common';
import { paginatedSchema } from './pagination';

export const personTypes = ['Person', 'Company'] as const;
export type PersonType = (typeof personTypes)[number];

export const customerTypes = ['Customer', 'Supplier', 'Other'] as const;
export type CustomerType = (typeof customerTypes)[number];

/** Common `id_type` codes; Siigo accepts more (see the Blueprint's list), so the field stays a string. */
export const idTypeCodes = {
  cedula: '13',
  nit: '31',
  cedulaExtranjeria: '22',
  pasaporte: '41',
  documentoExtranjero: '42',
  tarjetaIdentidad: '12',
  registroCivil: '11',
  nitOtroPais: '50',
  pep: '47',
  ppt: '48',
} as const;

export const fiscalResponsibilitySchema = z.looseObject({
  code: z.string(),
  name: z.string().nullish(),
});

export const relatedUsersReadSchema = z.looseObject({
  seller_id: z.number().nullish(),
  collector_id: z.number().nullish(),
});

export const customFieldSchema = z.looseObject({
  key: z.string().nullish(),
  value: z.string().nullish(),
});

/** A customer (tercero) as Siigo returns it. On read `id_type` is an object `{code, name}`. */
export const customerSchema = z.looseObject({
  id: z.string().min(1),
  type: z.string().nullish(),
  // Kept a plain string: the Blueprint's own samples send "'Person'" with quotes.
  person_type: z.string().nullish(),
  id_type: z.looseObject({ code: z.string(), name: z.string().nullish() }).nullish(),
  identification: z.string().min(1),
  check_digit: z.string().nullish(),
  name: z.array(z.string()),
  commercial_name: z.string().nullish(),
  branch_office: z.number().int().nullish(),
  active: z.boolean().nullish(),
  vat_responsible: z.boolean().nullish(),
  fiscal_responsibilities: z.array(fiscalResponsibilitySchema).nullish(),
  address: addressReadSchema.nullish(),
  phones: z.array(phoneReadSchema).nullish(),
  contacts: z.array(contactReadSchema).nullish(),
  comments: z.string().nullish(),
  related_users: relatedUsersReadSchema.nullish(),
  custom_fields: z.array(customFieldSchema).nullish(),
  metadata: metadataSchema.nullish(),
});
export type Customer = z.infer<typeof customerSchema>;

const customerWriteShape = {
  type: z.enum(customerTypes).optional(),
  person_type: z.enum(personTypes),
  id_type: z.string().min(1),
  // Siigo's own pattern (`invalid_identification`).
  identification: z.string().regex(/^\w[\w-]+\w$/, 'letters, digits and inner hyphens').max(50),
  check_digit: z.string().regex(/^\d$/, 'one digit').optional(),
  name: z.array(z.string().min(1).max(100)).min(1).max(2),
  commercial_name: z.string().optional(),
  branch_office: z.number().int().min(0).max(999).optional(),
  active: z.boolean().optional(),
  vat_responsible: z.boolean().optional(),
  fiscal_responsibilities: z.array(z.strictObject({ code: z.string().min(1), name: z.string().optional() })).optional(),
  address: addressWriteSchema,
  phones: z.array(phoneWriteSchema).optional(),
  // Required although the field table calls it optional: an invoice for a customer without
  // contacts fails with `customer_settings`, so a customer we create must have one.
  contacts: z.array(contactWriteSchema).min(1).max(10),
  comments: z.string().max(4000).optional(),
  related_users: z
    .strictObject({ seller_id: z.number().int().optional(), collector_id: z.number().int().optional() })
    .optional(),
  custom_fields: z.array(z.strictObject({ key: z.string(), value: z.string() })).optional(),
};

/** Person: [first names, last names]; Company: [business name]. Siigo answers `invalid_array` otherwise. */
function checkNameParts(
  value: { person_type: PersonType; name: string[] },
  ctx: z.RefinementCtx,
): void {
  const expected = value.person_type === 'Person' ? 2 : 1;
  if (value.name.length !== expected) {
    ctx.addIssue({
      code: 'custom',
      path: ['name'],
      message: `${value.person_type} needs ${expected} name part(s)`,
    });
  }
}

/** Body of `POST /v1/customers`. Customers take no Idempotency-Key. */
export const customerCreateSchema = z.strictObject(customerWriteShape).superRefine(checkNameParts);
export type CustomerCreate = z.infer<typeof customerCreateSchema>;

/** Body of `PUT /v1/customers/{id}`: the whole record again, a missing field is blanked in Siigo. */
export const customerUpdateSchema = customerCreateSchema;
export type CustomerUpdate = z.infer<typeof customerUpdateSchema>;

/** `GET /v1/customers` page. */
export const customersPageSchema = paginatedSchema(customerSchema);

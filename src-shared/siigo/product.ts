import { z } from 'zod';
import { metadataSchema, siigoIdSchema, taxReadSchema } from './common';
import { paginatedSchema } from './pagination';

export const productTypes = ['Product', 'Service', 'ConsumerGood', 'Combo'] as const;
export type ProductType = (typeof productTypes)[number];

export const taxClassifications = ['Taxed', 'Exempt', 'Excluded'] as const;
export type TaxClassification = (typeof taxClassifications)[number];

export const priceListEntryReadSchema = z.looseObject({
  position: z.number().int(),
  name: z.string().nullish(),
  value: z.number(),
});

export const productPriceReadSchema = z.looseObject({
  currency_code: z.string(),
  price_list: z.array(priceListEntryReadSchema),
});
export type ProductPrice = z.infer<typeof productPriceReadSchema>;

export const productAdditionalFieldsSchema = z.looseObject({
  barcode: z.string().nullish(),
  brand: z.string().nullish(),
  tariff: z.string().nullish(),
  model: z.string().nullish(),
});

export const productWarehouseSchema = z.looseObject({
  id: z.number(),
  name: z.string().nullish(),
  quantity: z.number().nullish(),
});

/** A product or service as Siigo returns it. */
export const productSchema = z.looseObject({
  id: z.string().min(1),
  code: z.string().min(1),
  name: z.string(),
  account_group: z.looseObject({ id: z.number(), name: z.string().nullish() }).nullish(),
  // Tolerant: Siigo may add product types; `productTypes` lists the known ones.
  type: z.string().nullish(),
  stock_control: z.boolean().nullish(),
  active: z.boolean().nullish(),
  tax_classification: z.string().nullish(),
  tax_included: z.boolean().nullish(),
  tax_consumption_value: z.number().nullish(),
  taxes: z.array(taxReadSchema).nullish(),
  prices: z.array(productPriceReadSchema).nullish(),
  unit: z.looseObject({ code: z.string(), name: z.string().nullish() }).nullish(),
  unit_label: z.string().nullish(),
  reference: z.string().nullish(),
  description: z.string().nullish(),
  additional_fields: productAdditionalFieldsSchema.nullish(),
  available_quantity: z.number().nullish(),
  warehouses: z.array(productWarehouseSchema).nullish(),
  components: z.array(z.looseObject({ code: z.string().nullish(), quantity: z.number().nullish() })).nullish(),
  metadata: metadataSchema.nullish(),
});
export type Product = z.infer<typeof productSchema>;

/** `GET /v1/products` page. */
export const productsPageSchema = paginatedSchema(productSchema);

const moneyAtMost2Decimals = z.number().nonnegative();

/** Body of `POST /v1/products` (and `PUT /v1/products/{id}`). */
export const productCreateSchema = z.strictObject({
  // Siigo's `invalid_code`: no spaces, no single quotes.
  code: z.string().min(1).max(30).regex(/^[^'\s]+$/, "no spaces or single quotes"),
  name: z.string().min(1).max(100),
  account_group: siigoIdSchema,
  type: z.enum(productTypes).optional(),
  stock_control: z.boolean().optional(),
  active: z.boolean().optional(),
  tax_classification: z.enum(taxClassifications).optional(),
  tax_included: z.boolean().optional(),
  tax_consumption_value: moneyAtMost2Decimals.optional(),
  taxes: z
    .array(z.strictObject({ id: siigoIdSchema, milliliters: z.number().optional(), rate: z.number().optional() }))
    .optional(),
  prices: z
    .array(
      z.strictObject({
        currency_code: z.string().min(1),
        price_list: z.array(
          z.strictObject({ position: z.number().int().min(1).max(12), value: moneyAtMost2Decimals }),
        ),
      }),
    )
    .optional(),
  unit: z.string().optional(),
  unit_label: z.string().optional(),
  reference: z.string().max(80).optional(),
  description: z.string().max(2500).optional(),
  additional_fields: z
    .strictObject({
      barcode: z.string().max(50).optional(),
      brand: z.string().max(50).optional(),
      tariff: z.string().max(10).optional(),
      model: z.string().max(50).optional(),
    })
    .optional(),
  // Only for type "Combo" (Siigo Nube Premium).
  components: z.array(z.strictObject({ code: z.string().min(1), quantity: z.number().positive() })).optional(),
});
export type ProductCreate = z.infer<typeof productCreateSchema>;

export const productUpdateSchema = productCreateSchema;
export type ProductUpdate = z.infer<typeof productUpdateSchema>;

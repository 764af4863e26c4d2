import { z } from 'zod';
import { paginatedSchema } from './pagination';

// Catalogs the app caches to build documents. All answer a plain array except users.

/** Kinds of document type (`?type=` of /v1/document-types). */
export const documentTypeKinds = ['FV', 'C', 'RC', 'NC', 'FC', 'CC', 'RP'] as const;
export type DocumentTypeKind = (typeof documentTypeKinds)[number];

/**
 * Known `electronic_type` values. The Blueprint's enum lists "Electronicvoice", an evident
 * truncation of "ElectronicInvoice"; read schemas keep the field a string anyway.
 */
export const electronicTypes = ['NoElectronic', 'ElectronicInvoice', 'ContingencyInvoice', 'ExportInvoice'] as const;
export type ElectronicType = (typeof electronicTypes)[number];

export const discountTypes = ['Percentage', 'Value'] as const;
export type DiscountType = (typeof discountTypes)[number];

/** A document type (comprobante): which numbering, discounts, sellers and taxes it expects. */
export const documentTypeSchema = z.looseObject({
  id: z.number(),
  code: z.string().nullish(),
  name: z.string().nullish(),
  description: z.string().nullish(),
  type: z.string().nullish(),
  active: z.boolean().nullish(),
  seller_by_item: z.boolean().nullish(),
  cost_center: z.boolean().nullish(),
  cost_center_mandatory: z.boolean().nullish(),
  cost_center_default: z.number().nullish(),
  automatic_number: z.boolean().nullish(),
  consecutive: z.number().nullish(),
  discount_type: z.string().nullish(),
  decimals: z.boolean().nullish(),
  advance_payment: z.boolean().nullish(),
  reteiva: z.boolean().nullish(),
  reteica: z.boolean().nullish(),
  self_withholding: z.boolean().nullish(),
  self_withholding_limit: z.number().nullish(),
  electronic_type: z.string().nullish(),
  cargo_transportation: z.boolean().nullish(),
  healthcare_company: z.boolean().nullish(),
  customer_by_item: z.boolean().nullish(),
});
export type DocumentType = z.infer<typeof documentTypeSchema>;
export const documentTypesResponseSchema = z.array(documentTypeSchema);

/** Payment types kinds: Cartera (sales, receipts), Proveedor (purchases), CarteraProveedor (both). */
export const paymentTypeKinds = ['Cartera', 'Proveedor', 'CarteraProveedor'] as const;

/** A payment type (forma de pago). `due_date: true` means payments of it need a due date. */
export const paymentTypeSchema = z.looseObject({
  id: z.number(),
  name: z.string(),
  type: z.string().nullish(),
  active: z.boolean().nullish(),
  due_date: z.boolean().nullish(),
});
export type PaymentType = z.infer<typeof paymentTypeSchema>;
export const paymentTypesResponseSchema = z.array(paymentTypeSchema);

export const taxTypes = ['IVA', 'Retefuente', 'ReteIVA', 'ReteICA', 'Impoconsumo', 'AdValorem', 'Autorretencion'] as const;
export type TaxType = (typeof taxTypes)[number];

/** A tax or retention. Type and percentage are needed to compute totals, so they are required. */
export const taxSchema = z.looseObject({
  id: z.number(),
  name: z.string(),
  type: z.string(),
  percentage: z.number(),
  active: z.boolean().nullish(),
});
export type Tax = z.infer<typeof taxSchema>;
export const taxesResponseSchema = z.array(taxSchema);

/** A Siigo user; used as the seller of documents. */
export const userSchema = z.looseObject({
  id: z.number(),
  username: z.string().nullish(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  email: z.string().nullish(),
  active: z.boolean().nullish(),
  identification: z.string().nullish(),
});
export type User = z.infer<typeof userSchema>;

/**
 * The Blueprint says `/v1/users` answers a plain array, but it takes `page`/`page_size` and the
 * clients in use read a paginated envelope; accept both.
 */
export const usersResponseSchema = z.union([paginatedSchema(userSchema), z.array(userSchema)]);
export type UsersResponse = z.infer<typeof usersResponseSchema>;

export const warehouseSchema = z.looseObject({
  id: z.number(),
  name: z.string().nullish(),
  active: z.boolean().nullish(),
  has_movements: z.boolean().nullish(),
});
export type Warehouse = z.infer<typeof warehouseSchema>;
export const warehousesResponseSchema = z.array(warehouseSchema);

/** A price list; `position` (1–12) is what products' `price_list[].position` refers to. */
export const priceListSchema = z.looseObject({
  id: z.number(),
  name: z.string().nullish(),
  active: z.boolean().nullish(),
  position: z.number().int().nullish(),
});
export type PriceList = z.infer<typeof priceListSchema>;
export const priceListsResponseSchema = z.array(priceListSchema);

export const costCenterSchema = z.looseObject({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  active: z.boolean().nullish(),
});
export type CostCenter = z.infer<typeof costCenterSchema>;
export const costCentersResponseSchema = z.array(costCenterSchema);

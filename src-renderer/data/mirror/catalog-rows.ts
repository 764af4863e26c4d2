import type { CostCenter, DocumentType, PaymentType, PriceList, Tax, User, Warehouse } from '../../../src-shared/siigo';
import type {
  CatalogRow,
  CostCenterRow,
  DocumentTypeRow,
  PaymentTypeRow,
  PriceListRow,
  TaxRow,
  UserRow,
  WarehouseRow,
} from './rows';

function catalogRow<T extends { id: number; active?: boolean | null }>(siigo: T): CatalogRow<T> {
  return { id: siigo.id, active: siigo.active ?? true, siigo };
}

/** `kind` is the `type` the list was asked for; Siigo's own `type` wins when present. */
export function toDocumentTypeRow(siigo: DocumentType, kind: string): DocumentTypeRow {
  return { ...catalogRow(siigo), type: siigo.type ?? kind };
}

/**
 * Payment types are listed per document kind and the same one (cash) comes in several lists:
 * one row per id with every kind that offered it.
 */
export function toPaymentTypeRows(lists: ReadonlyArray<{ kind: string; types: readonly PaymentType[] }>): PaymentTypeRow[] {
  const byId = new Map<number, PaymentTypeRow>();
  for (const { kind, types } of lists) {
    for (const siigo of types) {
      const row = byId.get(siigo.id) ?? { ...catalogRow(siigo), documentTypes: [] };
      if (!row.documentTypes.includes(kind)) row.documentTypes.push(kind);
      byId.set(siigo.id, row);
    }
  }
  return [...byId.values()];
}

export const toTaxRow = (siigo: Tax): TaxRow => catalogRow(siigo);
export const toUserRow = (siigo: User): UserRow => catalogRow(siigo);
export const toWarehouseRow = (siigo: Warehouse): WarehouseRow => catalogRow(siigo);
export const toPriceListRow = (siigo: PriceList): PriceListRow => catalogRow(siigo);
export const toCostCenterRow = (siigo: CostCenter): CostCenterRow => catalogRow(siigo);

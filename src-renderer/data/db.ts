import Dexie, { type DexieOptions, type Table } from 'dexie';
import { companyOfDatabase, type CompanyId } from '../../src-shared/company';
import type {
  CostCenterRow,
  CustomerAccountRow,
  CustomerRow,
  DocumentTypeRow,
  PaymentTypeRow,
  PriceListRow,
  ProductRow,
  ReceivableInvoiceRow,
  ReceivablesStateRow,
  SyncStateRow,
  TaxRow,
  UserRow,
  WarehouseRow,
} from './mirror/rows';
import type { AuditRow, DocumentRow, OutboxRow, StampWatchRow } from './outbox/rows';
import type { CashMovementRow, CashSessionRow } from './cash/rows';
import { keepClosedSessionsFinal } from './cash/closed-session-guard';
import { mirrorSearch } from './mirror/search-index';
import type { SearchSegmentRow } from './mirror/search-entries';
import { searchSegmentsMiddleware, type SegmentSink } from './mirror/search-segments-middleware';
import { schemaVersions } from './schema-versions';

/**
 * One company's local database: the mirror of its Siigo (customers, products, catalogs), the
 * documents made here and the outbox that sends them. The outbox is the only data that exists
 * nowhere else. Each company has its own database (`companyDatabaseName`), so no row of one
 * company can ever be shown, or sent, as another's.
 */
export class MostradorDB extends Dexie {
  /** The company every row here belongs to (from the database's name). */
  readonly company: CompanyId;
  customers!: Table<CustomerRow, string>;
  products!: Table<ProductRow, string>;
  documentTypes!: Table<DocumentTypeRow, number>;
  paymentTypes!: Table<PaymentTypeRow, number>;
  taxes!: Table<TaxRow, number>;
  users!: Table<UserRow, number>;
  warehouses!: Table<WarehouseRow, number>;
  priceLists!: Table<PriceListRow, number>;
  costCenters!: Table<CostCenterRow, number>;
  syncState!: Table<SyncStateRow, string>;
  accounts!: Table<CustomerAccountRow, string>;
  documents!: Table<DocumentRow, string>;
  outbox!: Table<OutboxRow, string>;
  audit!: Table<AuditRow, number>;
  stampWatch!: Table<StampWatchRow, string>;
  searchSegments!: Table<SearchSegmentRow, number>;
  cashSessions!: Table<CashSessionRow, string>;
  cashMovements!: Table<CashMovementRow, string>;
  receivables!: Table<ReceivableInvoiceRow, string>;
  receivablesState!: Table<ReceivablesStateRow, string>;

  /**
   * `options` lets tests pass fake-indexeddb; the app uses the browser's IndexedDB. `segments`
   * receives the search segments this connection commits (default: this database object's own
   * indexes; the first-sync worker passes them on to the window's).
   */
  constructor(name: string, options?: DexieOptions, segments?: SegmentSink) {
    super(name, options);
    this.company = companyOfDatabase(name);
    for (const version of schemaVersions) {
      const declared = this.version(version.version).stores(version.stores);
      if (version.upgrade) declared.upgrade(version.upgrade);
    }
    this.use(searchSegmentsMiddleware(() => segments ?? mirrorSearch(this)));
    keepClosedSessionsFinal(this.cashSessions);
  }

  /** A closed database may be deleted or changed by someone else: its search indexes reload. */
  override close(...args: Parameters<Dexie['close']>): void {
    mirrorSearch(this).reset();
    super.close(...args);
  }
}

/**
 * The sandbox's data: arrays in creation order (the list order) plus indexes for the lookups
 * Siigo's rules need. Invariants: every record in an array is also in its indexes; arrays are
 * only appended to (Siigo has no DELETE among the endpoints we serve), so list pagination is
 * stable; `created` timestamps are non-decreasing along each array.
 */
import type { Catalogs, CreditNote, Customer, Invoice, InvoiceInternal, Product, Quotation, StampLifecycle, Voucher } from './types';

export interface CreatedEntry {
  resource: 'customers' | 'invoices' | 'quotations' | 'vouchers' | 'credit-notes';
  id: string;
  name?: string;
  idempotencyKey?: string;
  at: string;
}

/** A replacement through PUT that succeeded (refused ones change nothing and are not logged). */
export interface UpdatedEntry {
  resource: 'customers' | 'quotations';
  id: string;
  at: string;
}

export class SandboxStore {
  readonly customers: Customer[] = [];
  readonly products: Product[] = [];
  readonly invoices: Invoice[] = [];
  readonly quotations: Quotation[] = [];
  readonly vouchers: Voucher[] = [];
  readonly creditNotes: CreditNote[] = [];
  readonly invoiceInternal = new Map<string, InvoiceInternal>();
  readonly creditNoteInternal = new Map<string, StampLifecycle>();
  /** Everything created through the API (not seed data), in order. */
  readonly createdLog: CreatedEntry[] = [];
  /** Every successful PUT, in order, so a test can count how often a change reached Siigo. */
  readonly updatedLog: UpdatedEntry[] = [];

  private readonly customerById = new Map<string, Customer>();
  private readonly customerByKey = new Map<string, Customer>();
  private readonly productById = new Map<string, Product>();
  private readonly productByCode = new Map<string, Product>();
  private readonly invoiceById = new Map<string, Invoice>();
  private readonly quotationById = new Map<string, Quotation>();
  private readonly voucherById = new Map<string, Voucher>();
  private readonly creditNoteById = new Map<string, CreditNote>();
  private readonly creditNotesByInvoice = new Map<string, CreditNote[]>();

  constructor(readonly catalogs: Catalogs) {}

  static customerKey(identification: string, branchOffice: number): string {
    return `${identification}|${branchOffice}`;
  }

  addCustomer(c: Customer): void {
    this.customers.push(c);
    this.customerById.set(c.id, c);
    this.customerByKey.set(SandboxStore.customerKey(c.identification, c.branch_office), c);
  }

  /** Replaces a customer in place (same id, same list position), re-keying its index entry. */
  replaceCustomer(previous: Customer, next: Customer): void {
    const index = this.customers.indexOf(previous);
    if (index < 0) throw new Error('replaceCustomer: unknown customer');
    this.customers[index] = next;
    this.customerById.set(next.id, next);
    this.customerByKey.delete(SandboxStore.customerKey(previous.identification, previous.branch_office));
    this.customerByKey.set(SandboxStore.customerKey(next.identification, next.branch_office), next);
  }

  customer(id: string): Customer | undefined {
    return this.customerById.get(id);
  }

  customerByIdentification(identification: string, branchOffice: number): Customer | undefined {
    return this.customerByKey.get(SandboxStore.customerKey(identification, branchOffice));
  }

  addProduct(p: Product): void {
    this.products.push(p);
    this.productById.set(p.id, p);
    this.productByCode.set(p.code, p);
  }

  product(id: string): Product | undefined {
    return this.productById.get(id);
  }

  productWithCode(code: string): Product | undefined {
    return this.productByCode.get(code);
  }

  addInvoice(invoice: Invoice, internal: InvoiceInternal): void {
    this.invoices.push(invoice);
    this.invoiceById.set(invoice.id, invoice);
    this.invoiceInternal.set(invoice.id, internal);
  }

  invoice(id: string): Invoice | undefined {
    return this.invoiceById.get(id);
  }

  addQuotation(q: Quotation): void {
    this.quotations.push(q);
    this.quotationById.set(q.id, q);
  }

  /** Replaces a quotation in place (same id, same list position). */
  replaceQuotation(previous: Quotation, next: Quotation): void {
    const index = this.quotations.indexOf(previous);
    if (index < 0) throw new Error('replaceQuotation: unknown quotation');
    this.quotations[index] = next;
    this.quotationById.set(next.id, next);
  }

  quotation(id: string): Quotation | undefined {
    return this.quotationById.get(id);
  }

  addVoucher(v: Voucher): void {
    this.vouchers.push(v);
    this.voucherById.set(v.id, v);
  }

  voucher(id: string): Voucher | undefined {
    return this.voucherById.get(id);
  }

  addCreditNote(note: CreditNote, internal: StampLifecycle): void {
    this.creditNotes.push(note);
    this.creditNoteById.set(note.id, note);
    this.creditNoteInternal.set(note.id, internal);
    const siblings = this.creditNotesByInvoice.get(note.invoice.id);
    if (siblings) siblings.push(note);
    else this.creditNotesByInvoice.set(note.invoice.id, [note]);
  }

  creditNote(id: string): CreditNote | undefined {
    return this.creditNoteById.get(id);
  }

  /** The notes already made to an invoice, oldest first. */
  creditNotesOf(invoiceId: string): readonly CreditNote[] {
    return this.creditNotesByInvoice.get(invoiceId) ?? [];
  }
}

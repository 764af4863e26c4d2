import { z } from 'zod';
import { nitCheckDigit } from '../validation/nit';

/**
 * Schemas of the desktop shell's channels (tray, notifications, Ajustes, support export).
 * Secrets never appear here: the access key only travels towards main through `connection:set`,
 * and `secretStorage` says where it is kept, never what it is.
 */

const catalogId = z.number().int().positive().nullable();

/**
 * What is wrong with a NIT typed for the receipts, in Spanish, or null when it is fine: 1 to 15
 * digits, optionally "-" and the DIAN check digit ("900123456-8"), which must then be the right one
 * (a wrong digit printed on every receipt is worse than none: the app prints the computed one).
 */
export function nitProblem(nit: string): string | null {
  const match = /^(\d{1,15})(?:-(\d))?$/.exec(nit);
  if (!match) return 'El NIT lleva solo dígitos y, si quiere, un guion y el dígito de verificación (900123456-8).';
  if (match[2] !== undefined && Number(match[2]) !== nitCheckDigit(match[1]!)) {
    return `El dígito de verificación de ${match[1]} es ${nitCheckDigit(match[1]!)}, no ${match[2]}.`;
  }
  return null;
}

/**
 * Who issues the documents, as printed at the top of every receipt, and the DIAN numbering
 * resolution printed under it. Siigo's API gives none of this, so the shop types it in Ajustes.
 * Empty strings while not set (the receipt then leaves the line out).
 */
export const issuerSchema = z.object({
  name: z.string().trim().max(200),
  nit: z
    .string()
    .trim()
    .max(20)
    .refine((nit) => nit === '' || nitProblem(nit) === null, { message: 'NIT no válido' }),
  address: z.string().trim().max(300),
  phone: z.string().trim().max(60),
  /** Several lines: resolution number and date, prefix, range, validity. */
  resolution: z.string().trim().max(2000),
});
export type Issuer = z.infer<typeof issuerSchema>;

/** Thermal roll widths the receipts are laid out for, in millimetres. */
export const rollWidths = ['80', '58'] as const;
export type RollWidth = (typeof rollWidths)[number];

/** What a new document starts with; null means "ask" (or Siigo's own default). */
export const appDefaultsSchema = z.object({
  documentTypes: z.object({
    invoice: catalogId,
    quotation: catalogId,
    receipt: catalogId,
    creditNote: catalogId,
  }),
  sellerId: catalogId,
  warehouseId: catalogId,
  costCenterId: catalogId,
  priceListId: catalogId,
  paymentTypeId: catalogId,
  sendToDian: z.boolean(),
  sendByEmail: z.boolean(),
  printerName: z.string().trim().min(1).max(200).nullable(),
  issuer: issuerSchema,
  rollWidth: z.enum(rollWidths),
  /** Venta refuses to sell until a cash session (Caja) is open on this PC. */
  cashSessionRequired: z.boolean(),
  /**
   * Counters (PCs) using the same Siigo account: this PC's rate limiter starts at that share of
   * Siigo's 100 requests a minute per company, then adapts. Read when the Siigo client is built.
   */
  countersSharingAccount: z.number().int().min(1).max(20),
});
export type AppDefaults = z.infer<typeof appDefaultsSchema>;

export const desktopPreferencesSchema = z.object({
  startAtLogin: z.boolean(),
  syncPaused: z.boolean(),
  /** Linux without a keyring: the user accepted keeping the access key with only plain-text protection. */
  allowPlainTextSecrets: z.boolean(),
});
export type DesktopPreferences = z.infer<typeof desktopPreferencesSchema>;

export const secretStorageInfoSchema = z.object({
  kind: z.enum(['keychain', 'encrypted-file', 'plain-text-file', 'session-only']),
  /** For Ajustes, in Spanish. */
  description: z.string(),
  /** Shown in Ajustes when the access key is not in the OS keychain. */
  warning: z.string().nullable(),
  /** True when `desktop.allowPlainTextSecrets` would change where the key is kept. */
  canAcceptPlainText: z.boolean(),
});
export type SecretStorageInfo = z.infer<typeof secretStorageInfoSchema>;

export const appSettingsSchema = z.object({
  defaults: appDefaultsSchema,
  desktop: desktopPreferencesSchema,
  secretStorage: secretStorageInfoSchema,
  /** Whether an administrator's PIN guards Ajustes › Administración (never the PIN or its hash). */
  admin: z.object({ pinSet: z.boolean() }).optional(),
});
export type AppSettings = z.infer<typeof appSettingsSchema>;

/** A partial update: only the fields given change. */
export const appSettingsUpdateSchema = z.strictObject({
  defaults: z
    .strictObject({
      ...appDefaultsSchema.shape,
      documentTypes: appDefaultsSchema.shape.documentTypes.partial().strict(),
      issuer: issuerSchema.partial().strict(),
    })
    .partial()
    .optional(),
  desktop: desktopPreferencesSchema.partial().strict().optional(),
});
export type AppSettingsUpdate = z.infer<typeof appSettingsUpdateSchema>;

/** The outbox sync's state as the renderer sees it; main turns it into the tray icon and tooltip. */
export const shellSyncStatusSchema = z.strictObject({
  mode: z.enum(['demo', 'siigo']),
  reachable: z.boolean(),
  running: z.boolean(),
  pending: z.number().int().min(0),
  needsAttention: z.number().int().min(0),
  lastSuccessAt: z.string().nullable(),
  /** The last replay run: how many operations went out, how many failed, and why it stopped early (credentials refused). */
  lastReport: z
    .strictObject({ sent: z.number().int().min(0), failed: z.number().int().min(0), paused: z.string().nullable() })
    .nullable(),
});
export type ShellSyncStatus = z.infer<typeof shellSyncStatusSchema>;

/** One DIAN status change, as the renderer's stamp watch reports it. */
export const dianDocumentWords = {
  invoice: { one: 'Factura', many: 'facturas', code: 'CUFE' },
  creditNote: { one: 'Nota crédito', many: 'notas crédito', code: 'CUDE' },
} as const;

export const dianChangeSchema = z.strictObject({
  documentId: z.string().min(1),
  name: z.string().nullable(),
  status: z.enum(['Accepted', 'Rejected', 'Unanswered']),
  cufe: z.string().nullable(),
  errors: z.array(z.string()),
  /** What the DIAN answered about: an invoice (CUFE) or a credit note (CUDE, kept in `cufe`). Absent: an invoice. */
  kind: z.enum(['invoice', 'creditNote']).optional(),
});
export type DianChange = z.infer<typeof dianChangeSchema>;

export const attentionDocumentSchema = z.strictObject({
  documentId: z.string().min(1),
  name: z.string().nullable(),
  /** Why it needs the user, in Spanish (Siigo's or the DIAN's first error). */
  reason: z.string().max(1000),
});
export type AttentionDocument = z.infer<typeof attentionDocumentSchema>;

/** The renderer's audit trail rows (IndexedDB), sent for the support export; redacted in main. */
export const auditRowSchema = z.record(z.string(), z.unknown());

/** Commands main pushes to the window (tray menu, notification clicks, resume from sleep). */
export const shellCommandSchema = z.object({
  command: z.enum(['sync-now', 'pause-sync', 'resume-sync', 'open-document', 'show-attention']),
  /** open-document: the local document id. */
  documentId: z.string().optional(),
});
export type ShellCommand = z.infer<typeof shellCommandSchema>;

const ok = z.object({ ok: z.literal(true) });

/** The receipt's length as the window laid it out, so the roll is cut right after it. */
export const printPageSchema = z.strictObject({ heightMm: z.number().min(10).max(5000) });
export type PrintPage = z.infer<typeof printPageSchema>;

export const printerInfoSchema = z.object({
  /** The system's name: what `defaults.printerName` keeps and printing asks for. */
  name: z.string().min(1).max(200),
  /** What the OS's print dialog shows. */
  displayName: z.string().max(200),
});
export type PrinterInfo = z.infer<typeof printerInfoSchema>;

/**
 * The administrator's PIN as typed: main checks it is 4 to 8 digits and answers in Spanish
 * (`admin_pin_format`); the schema only bounds its size, so no English message names it. The PIN
 * and the access key typed to reset it travel only towards main, never back, never logged.
 */
export const adminPinSchema = z.string().max(64);

/** What the window may know of the PIN: whether there is one and whether Administración is open. */
export const adminStatusSchema = z.object({
  pinSet: z.boolean(),
  /** True while an administrator unlocked it (or when there is no PIN). */
  unlocked: z.boolean(),
  /** After too many wrong PINs: the seconds before another try is accepted; null when one may be tried now. */
  retryAfterSeconds: z.number().int().min(0).nullable(),
});
export type AdminStatus = z.infer<typeof adminStatusSchema>;

/** A PDF of what the window prints (a quotation), saved where the user chooses. */
export const savePdfRequestSchema = z.strictObject({ fileName: z.string().trim().min(1).max(200), pageSize: z.enum(['Letter', 'A4']) });
export type SavePdfRequest = z.infer<typeof savePdfRequestSchema>;
/**
 * `reason` says why nothing was saved: the user closed the dialog (`cancelled`), or the PDF could
 * not be drawn or written (`failed`: the file is open in another program, the folder refuses
 * it), which the window tells apart. Null when saved; left out by shells with no PDF printer.
 */
export const savePdfResultSchema = z.object({ saved: z.boolean(), path: z.string().nullable(), reason: z.enum(['cancelled', 'failed']).nullable().optional() });
export type SavePdfResult = z.infer<typeof savePdfResultSchema>;

/** The desktop shell's part of the contract; spread into `contract`. */
export const desktopContract = {
  'settings:get': { input: z.undefined(), output: appSettingsSchema },
  'settings:set': { input: appSettingsUpdateSchema, output: appSettingsSchema },
  'shell:sync-status': { input: shellSyncStatusSchema, output: ok },
  'shell:dian-changes': { input: z.strictObject({ changes: z.array(dianChangeSchema).min(1).max(2000) }), output: ok },
  'shell:needs-attention': { input: z.strictObject({ documents: z.array(attentionDocumentSchema).min(1).max(2000) }), output: ok },
  'shell:open-external': { input: z.strictObject({ url: z.string().max(2048) }), output: z.object({ opened: z.boolean() }) },
  // Prints what the window shows (the receipt, by its print CSS) silently to the printer chosen
  // in Ajustes, on a page as wide as the roll chosen there and as long as the receipt (`page`,
  // measured by the window; a roll has no page length of its own), without margins. printed:
  // false where there is no such printer or no desktop (browser preview): the window then opens
  // the print dialog.
  'shell:print': { input: printPageSchema.optional(), output: z.object({ printed: z.boolean() }) },
  // Saves what the window prints (a quotation, by its print CSS) as a PDF where the user chooses
  // (`fileName` is the suggested name). saved: false when the user cancelled or there is no
  // desktop (browser preview: the window then opens the print dialog, which can save a PDF).
  'shell:save-pdf': { input: savePdfRequestSchema, output: savePdfResultSchema },
  // The printers the OS knows, for Ajustes to offer; empty where there is no desktop.
  'shell:printers': { input: z.undefined(), output: z.object({ printers: z.array(printerInfoSchema).max(500) }) },
  // The administrator's PIN (Ajustes › Administración). Main refuses `connection:set` and the
  // administrator's fields of `settings:set` while a PIN is set and not unlocked. `admin:verify`
  // checks the PIN for one guarded action of the window (a discard, a cash close with a
  // difference) without unlocking anything. `admin:reset-pin`: a forgotten PIN is removed with
  // the connected company's Siigo access key (checked with Siigo), or freely in demo mode.
  'admin:status': { input: z.undefined(), output: adminStatusSchema },
  'admin:unlock': { input: z.strictObject({ pin: adminPinSchema }), output: adminStatusSchema },
  'admin:verify': { input: z.strictObject({ pin: adminPinSchema }), output: ok },
  'admin:lock': { input: z.undefined(), output: adminStatusSchema },
  'admin:set-pin': { input: z.strictObject({ current: adminPinSchema.optional(), next: adminPinSchema.nullable() }), output: adminStatusSchema },
  'admin:reset-pin': { input: z.strictObject({ accessKey: z.string().max(500) }), output: adminStatusSchema },
  'diagnostics:export': {
    input: z.strictObject({ audit: z.array(auditRowSchema).max(100_000) }),
    output: z.object({ path: z.string(), bytes: z.number().int().min(0) }),
  },
} as const;

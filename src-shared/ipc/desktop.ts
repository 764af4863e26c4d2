import { z } from 'zod';

/**
 * Schemas of the desktop shell's channels (tray, notifications, Ajustes, support export).
 * Secrets never appear here: the access key only travels towards main through `connection:set`,
 * and `secretStorage` says where it is kept, never what it is.
 */

const catalogId = z.number().int().positive().nullable();

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
});
export type AppSettings = z.infer<typeof appSettingsSchema>;

/** A partial update: only the fields given change. */
export const appSettingsUpdateSchema = z.strictObject({
  defaults: z
    .strictObject({
      ...appDefaultsSchema.shape,
      documentTypes: appDefaultsSchema.shape.documentTypes.partial().strict(),
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
export const dianChangeSchema = z.strictObject({
  documentId: z.string().min(1),
  name: z.string().nullable(),
  status: z.enum(['Accepted', 'Rejected', 'Unanswered']),
  cufe: z.string().nullable(),
  errors: z.array(z.string()),
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

/** The desktop shell's part of the contract; spread into `contract`. */
export const desktopContract = {
  'settings:get': { input: z.undefined(), output: appSettingsSchema },
  'settings:set': { input: appSettingsUpdateSchema, output: appSettingsSchema },
  'shell:sync-status': { input: shellSyncStatusSchema, output: ok },
  'shell:dian-changes': { input: z.strictObject({ changes: z.array(dianChangeSchema).min(1).max(2000) }), output: ok },
  'shell:needs-attention': { input: z.strictObject({ documents: z.array(attentionDocumentSchema).min(1).max(2000) }), output: ok },
  'shell:open-external': { input: z.strictObject({ url: z.string().max(2048) }), output: z.object({ opened: z.boolean() }) },
  // Prints what the window shows (the 80 mm receipt, by its print CSS) silently to the printer
  // chosen in Ajustes. printed: false where there is no such printer or no desktop (browser
  // preview): the window then opens the print dialog.
  'shell:print': { input: z.undefined(), output: z.object({ printed: z.boolean() }) },
  'diagnostics:export': {
    input: z.strictObject({ audit: z.array(auditRowSchema).max(100_000) }),
    output: z.object({ path: z.string(), bytes: z.number().int().min(0) }),
  },
} as const;

import { z } from 'zod';
import { appDefaultsSchema, desktopPreferencesSchema, type AppDefaults, type DesktopPreferences, type Issuer } from '../../src-shared/ipc/desktop';
import { defaultConnection } from '../connection/settings';

/** The settings file's current layout. Bump it and add a step to `migrations.ts` for any change. */
export const SETTINGS_VERSION = 5;

export const storedConnectionSchema = z.object({
  mode: z.enum(['demo', 'siigo']),
  baseUrl: z.string(),
  partnerId: z.string(),
  username: z.string().nullable(),
});

/**
 * A secret kept in the settings file when the OS keychain is unavailable: Electron safeStorage
 * ciphertext, base64. `basic_text` marks the Linux backend that is only obfuscation (kept only
 * when the user accepted it).
 */
export const encryptedSecretSchema = z.object({
  backend: z.string(),
  data: z.string(),
});
export type EncryptedSecret = z.infer<typeof encryptedSecretSchema>;

export const noticesSchema = z.object({
  /** The one-time "the window went to the tray" notification was shown. */
  hiddenToTray: z.boolean(),
});

/**
 * The administrator's PIN, as main keeps it: never the PIN, only a scrypt hash with its own random
 * salt and the cost parameters it was made with (so they can be raised later without losing it).
 */
export const pinHashSchema = z.object({
  algorithm: z.literal('scrypt'),
  salt: z.string().min(1),
  hash: z.string().min(1),
  N: z.number().int().positive(),
  r: z.number().int().positive(),
  p: z.number().int().positive(),
});
export type PinHash = z.infer<typeof pinHashSchema>;

/**
 * A PIN entry found damaged in the file: a PIN was set but cannot be checked. It keeps
 * Administración locked (never "no PIN") until it is removed under "¿Olvidó el PIN?".
 */
export const unreadablePinSchema = z.object({ unreadable: z.literal(true) });
export type UnreadablePin = z.infer<typeof unreadablePinSchema>;
/** What main keeps for the PIN: its hash, or the mark of a damaged one. */
export type StoredPin = PinHash | UnreadablePin;
export const isUnreadablePin = (pin: StoredPin): pin is UnreadablePin => 'unreadable' in pin;

export const adminSettingsSchema = z.object({
  /** null: no PIN, Administración is open to whoever uses this PC (as before version 4). */
  pin: z.union([pinHashSchema, unreadablePinSchema]).nullable(),
});
export type AdminSettings = z.infer<typeof adminSettingsSchema>;

export const settingsDocumentSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  connection: storedConnectionSchema,
  defaults: appDefaultsSchema,
  desktop: desktopPreferencesSchema,
  notices: noticesSchema,
  secrets: z.record(z.string(), encryptedSecretSchema),
  admin: adminSettingsSchema,
});
export type SettingsDocument = z.infer<typeof settingsDocumentSchema>;

/** Nothing typed yet: the receipts print without an issuer block until Ajustes fills it in. */
export const emptyIssuer: Issuer = { name: '', nit: '', address: '', phone: '', resolution: '' };

export const defaultAppDefaults: AppDefaults = {
  documentTypes: { invoice: null, quotation: null, receipt: null, creditNote: null },
  sellerId: null,
  warehouseId: null,
  costCenterId: null,
  priceListId: null,
  paymentTypeId: null,
  sendToDian: true,
  sendByEmail: false,
  printerName: null,
  issuer: emptyIssuer,
  rollWidth: '80',
  cashSessionRequired: false,
  countersSharingAccount: 1,
};

export const defaultDesktop: DesktopPreferences = {
  startAtLogin: false,
  syncPaused: false,
  allowPlainTextSecrets: false,
};

export function defaultSettings(): SettingsDocument {
  return structuredClone({
    version: SETTINGS_VERSION,
    connection: defaultConnection,
    defaults: defaultAppDefaults,
    desktop: defaultDesktop,
    notices: { hiddenToTray: false },
    secrets: {},
    admin: { pin: null },
  });
}

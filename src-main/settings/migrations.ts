import { appDefaultsSchema, issuerSchema } from '../../src-shared/ipc/desktop';
import { SETTINGS_VERSION, defaultSettings, emptyIssuer, settingsDocumentSchema, type SettingsDocument } from './schema';

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One step per version: `steps[n]` turns a version-n file into version n+1. Version 1 is the
 * file written before the settings module existed: `{ connection }` with no version field.
 */
const steps: Record<number, (old: Raw) => Raw> = {
  1: (old) => ({ version: 2, connection: old['connection'] }),
  // Version 3: the receipts' issuer and DIAN resolution, the roll width, and whether Venta needs
  // an open cash session. Until someone fills them in: nothing printed, 80 mm (the roll the app
  // printed on before), and selling without a session, as before.
  2: (old) => ({
    version: 3,
    defaults: isObject(old['defaults'])
      ? { issuer: { ...emptyIssuer }, rollWidth: '80', cashSessionRequired: false, ...old['defaults'] }
      : old['defaults'],
  }),
  // Version 4: the administrator's PIN. None until someone sets one in Ajustes › Administración,
  // so everything stays open, as before.
  3: () => ({ version: 4, admin: { pin: null } }),
  // Version 5: how many counters share the Siigo account (the rate limiter's starting share).
  // One until an administrator says otherwise: this PC starts with the whole budget, as before.
  4: (old) => ({
    version: 5,
    defaults: isObject(old['defaults']) ? { countersSharingAccount: 1, ...old['defaults'] } : old['defaults'],
  }),
};

/**
 * The issuer field by field: a NIT edited by hand into something wrong loses only the NIT, not
 * the name, the resolution or the rest of the defaults.
 */
function issuerOf(stored: unknown): Raw {
  const issuer: Raw = { ...emptyIssuer };
  if (!isObject(stored)) return issuer;
  for (const key of Object.keys(emptyIssuer) as Array<keyof typeof emptyIssuer>) {
    const parsed = issuerSchema.shape[key].safeParse(stored[key]);
    if (parsed.success) issuer[key] = parsed.data;
  }
  return issuer;
}

/** A damaged PIN entry: logged once when the file is opened, without any of its content. */
export const UNREADABLE_PIN_WARNING =
  'The administrator PIN entry in the settings file is damaged: Administración stays locked until the PIN is removed with the access key.';

/**
 * Each section is parsed on its own over its defaults: a damaged or missing section (or one
 * field a newer build added) reads as the default without losing the rest of the file. Except
 * the PIN: a damaged `admin` section is a PIN that cannot be checked, never "no PIN" (which
 * would open Administración to anyone who can edit the file by mistake or on purpose).
 */
function normalize(raw: Raw, warnings: string[]): SettingsDocument {
  const base = defaultSettings();
  const section = <K extends keyof SettingsDocument>(key: K): SettingsDocument[K] => {
    const stored = raw[key];
    const fallback = base[key];
    const merged: unknown = isObject(stored) && isObject(fallback) ? { ...(fallback as Raw), ...stored } : stored;
    if (key === 'defaults' && isObject(merged) && isObject(stored)) {
      if (isObject(stored['documentTypes'])) merged['documentTypes'] = { ...base.defaults.documentTypes, ...stored['documentTypes'] };
      merged['issuer'] = issuerOf(stored['issuer']);
      // A count edited by hand into nonsense loses only itself: one counter, the whole budget.
      if (!appDefaultsSchema.shape.countersSharingAccount.safeParse(merged['countersSharingAccount']).success) {
        merged['countersSharingAccount'] = base.defaults.countersSharingAccount;
      }
    }
    const parsed = settingsDocumentSchema.shape[key].safeParse(merged);
    if (parsed.success) return parsed.data as SettingsDocument[K];
    // Every file from version 4 on has this section (older ones get it from step 3): missing or
    // damaged, a PIN may have been set.
    if (key === 'admin') {
      warnings.push(UNREADABLE_PIN_WARNING);
      return { pin: { unreadable: true } } as SettingsDocument[K];
    }
    return fallback;
  };
  return {
    version: SETTINGS_VERSION,
    connection: section('connection'),
    defaults: section('defaults'),
    desktop: section('desktop'),
    notices: section('notices'),
    secrets: section('secrets'),
    admin: section('admin'),
  };
}

export interface MigrationResult {
  settings: SettingsDocument;
  /** The file must be written back (it was migrated or repaired). */
  changed: boolean;
  /** The version found in the file (1 when it had none). */
  from: number;
  /** What was found damaged, for the log (never a value from the file). */
  warnings: string[];
}

/** Brings whatever is in the settings file to the current version. Pure. */
export function migrateSettings(input: unknown): MigrationResult {
  let raw: Raw = isObject(input) ? { ...input } : {};
  const found = raw['version'];
  const from = typeof found === 'number' && Number.isInteger(found) && found >= 1 ? found : 1;
  // A file from a newer build: read what fits, never downgrade its version.
  const warnings: string[] = [];
  if (from > SETTINGS_VERSION) return { settings: normalize(raw, warnings), changed: false, from, warnings };
  for (let version = from; version < SETTINGS_VERSION; version += 1) {
    const step = steps[version];
    if (!step) throw new Error(`No settings migration from version ${version}`);
    raw = { ...raw, ...step(raw) };
  }
  const settings = normalize(raw, warnings);
  return { settings, changed: JSON.stringify(settings) !== JSON.stringify(input), from, warnings };
}

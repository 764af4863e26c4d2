import { describe, expect, it } from 'vitest';
import { appSettingsSchema, appSettingsUpdateSchema, nitProblem } from '../../../src-shared/ipc/desktop';
import { migrateSettings } from '../../../src-main/settings/migrations';
import { defaultSettings, SETTINGS_VERSION, settingsDocumentSchema } from '../../../src-main/settings/schema';
import { createSettingsService } from '../../../src-main/settings/settings-service';
import { memorySettingsPersistence, openSettings } from '../../../src-main/settings/settings-store';

/** What `electron-store` held before the settings module: only the connection, no version. */
const v1File = {
  connection: { mode: 'siigo', baseUrl: 'https://api.siigo.com', partnerId: 'MiTienda', username: 'caja@tienda.co' },
};

const sessionOnly = () => ({ kind: 'session-only' as const, description: 'Memoria', warning: null, canAcceptPlainText: false });

describe('settings schema and defaults', () => {
  it('defaults parse with the schema and start in demo mode with nothing chosen', () => {
    const defaults = defaultSettings();
    expect(settingsDocumentSchema.parse(defaults)).toEqual(defaults);
    expect(defaults.version).toBe(SETTINGS_VERSION);
    expect(defaults.connection.mode).toBe('demo');
    expect(defaults.defaults.sellerId).toBeNull();
    expect(defaults.defaults.sendToDian).toBe(true);
    expect(defaults.desktop).toEqual({ startAtLogin: false, syncPaused: false, allowPlainTextSecrets: false });
    expect(defaults.notices.hiddenToTray).toBe(false);
  });
});

describe('settings migrations', () => {
  it('migrates a v1 file to the current version, keeping the connection', () => {
    const result = migrateSettings(v1File);
    expect(result.from).toBe(1);
    expect(result.changed).toBe(true);
    expect(result.settings.version).toBe(SETTINGS_VERSION);
    expect(result.settings.connection).toEqual(v1File.connection);
    expect(result.settings.defaults).toEqual(defaultSettings().defaults);
    expect(settingsDocumentSchema.safeParse(result.settings).success).toBe(true);
  });

  it('opening a v1 file writes it back migrated, and a second open changes nothing', () => {
    const file = memorySettingsPersistence(v1File);
    const settings = openSettings(file);
    expect(settings.openedFromVersion).toBe(1);
    expect(file.current).toMatchObject({ version: SETTINGS_VERSION, connection: v1File.connection });
    expect(migrateSettings(file.current).changed).toBe(false);
  });

  it('reads an empty, damaged or partial file as defaults section by section', () => {
    expect(migrateSettings(undefined).settings).toEqual(defaultSettings());
    expect(migrateSettings('garbage').settings).toEqual(defaultSettings());
    const partial = migrateSettings({
      version: 2,
      connection: { mode: 'nonsense' },
      defaults: { sellerId: 629, documentTypes: { invoice: 24446 } },
      desktop: { startAtLogin: true },
    }).settings;
    expect(partial.connection).toEqual(defaultSettings().connection);
    expect(partial.defaults.sellerId).toBe(629);
    expect(partial.defaults.documentTypes).toEqual({ invoice: 24446, quotation: null, receipt: null, creditNote: null });
    expect(partial.desktop.startAtLogin).toBe(true);
    expect(partial.desktop.syncPaused).toBe(false);
  });

  it('never downgrades a file from a newer build', () => {
    const result = migrateSettings({ ...defaultSettings(), version: SETTINGS_VERSION + 1 });
    expect(result.changed).toBe(false);
    expect(result.from).toBe(SETTINGS_VERSION + 1);
  });
});

describe('settings version 3: the receipt (issuer, roll, cash session)', () => {
  /** A version 2 file: defaults chosen, no issuer, roll width or cash rule yet. */
  const v2File = {
    version: 2,
    connection: v1File.connection,
    defaults: { ...defaultSettings().defaults, issuer: undefined, rollWidth: undefined, cashSessionRequired: undefined, sellerId: 629, printerName: 'EPSON TM-T20' },
    desktop: { startAtLogin: true, syncPaused: false, allowPlainTextSecrets: false },
    notices: { hiddenToTray: true },
    secrets: {},
  };

  it('migrates a version 2 file: nothing printed yet, 80 mm, selling without a cash session, the rest kept', () => {
    const raw = JSON.parse(JSON.stringify(v2File)) as unknown;
    const result = migrateSettings(raw);
    expect(result.from).toBe(2);
    expect(result.changed).toBe(true);
    expect(result.settings.version).toBe(SETTINGS_VERSION);
    expect(result.settings.defaults).toMatchObject({ sellerId: 629, printerName: 'EPSON TM-T20', rollWidth: '80', cashSessionRequired: false });
    expect(result.settings.defaults.issuer).toEqual({ name: '', nit: '', address: '', phone: '', resolution: '' });
    expect(result.settings.desktop.startAtLogin).toBe(true);
    expect(result.settings.notices.hiddenToTray).toBe(true);
    // A store opened from version 2 is written back as version 3, once.
    const file = memorySettingsPersistence(raw);
    openSettings(file);
    expect(migrateSettings(file.current).changed).toBe(false);
  });

  it('a damaged issuer loses only the damaged field', () => {
    const issuer = { name: 'Ferretería El Progreso', nit: '900123456-7', address: 'Cra. 50 # 45-12', phone: 42, resolution: 'Resolución DIAN 18764000000000' };
    const { defaults } = migrateSettings({ ...defaultSettings(), defaults: { ...defaultSettings().defaults, sellerId: 630, issuer, rollWidth: '58' } }).settings;
    expect(defaults.issuer).toEqual({ name: 'Ferretería El Progreso', nit: '', address: 'Cra. 50 # 45-12', phone: '', resolution: 'Resolución DIAN 18764000000000' });
    expect(defaults.sellerId).toBe(630);
    expect(defaults.rollWidth).toBe('58');
  });

  it('settings:set changes the issuer field by field and refuses a NIT with a wrong check digit', async () => {
    const service = createSettingsService(openSettings(memorySettingsPersistence()), sessionOnly);
    await service.set({ defaults: { issuer: { name: 'Tienda La 80', nit: '900123456-8', resolution: 'Línea 1\nLínea 2' }, rollWidth: '58', cashSessionRequired: true } });
    const after = await service.set({ defaults: { issuer: { phone: '604 444 5566' } } });
    expect(after.defaults.issuer).toEqual({ name: 'Tienda La 80', nit: '900123456-8', address: '', phone: '604 444 5566', resolution: 'Línea 1\nLínea 2' });
    expect(after.defaults).toMatchObject({ rollWidth: '58', cashSessionRequired: true });
    expect(appSettingsUpdateSchema.safeParse({ defaults: { issuer: { nit: '900123456-7' } } }).success).toBe(false);
    expect(appSettingsUpdateSchema.safeParse({ defaults: { issuer: { nit: '900.123.456' } } }).success).toBe(false);
    expect(appSettingsUpdateSchema.safeParse({ defaults: { rollWidth: '76' } }).success).toBe(false);
    expect(nitProblem('900123456-7')).toBe('El dígito de verificación de 900123456 es 8, no 7.');
    expect(nitProblem('900123456')).toBeNull();
  });
});

describe('settings service (settings:get / settings:set)', () => {
  it('updates only the given fields and persists them', async () => {
    const file = memorySettingsPersistence();
    const service = createSettingsService(openSettings(file), sessionOnly);
    const after = await service.set({ defaults: { sellerId: 629, documentTypes: { quotation: 24448 }, printerName: 'EPSON TM-T20' }, desktop: { startAtLogin: true } });
    expect(appSettingsSchema.parse(after)).toEqual(after);
    expect(after.defaults).toMatchObject({ sellerId: 629, printerName: 'EPSON TM-T20', sendToDian: true });
    expect(after.defaults.documentTypes).toEqual({ invoice: null, quotation: 24448, receipt: null, creditNote: null });
    expect(after.desktop.startAtLogin).toBe(true);
    const reopened = createSettingsService(openSettings(memorySettingsPersistence(file.current)), sessionOnly);
    expect(await reopened.get()).toEqual(after);
  });

  it('never shows the fallback secret entries', async () => {
    const settings = openSettings(memorySettingsPersistence());
    settings.secretEntries().write({ 'caja@api.siigo.com': { backend: 'gnome_libsecret', data: 'c2VjcmV0LWNpcGhlcg==' } });
    const view = JSON.stringify(await createSettingsService(settings, sessionOnly).get());
    expect(view).not.toContain('c2VjcmV0LWNpcGhlcg==');
    expect(view).not.toContain('caja@api.siigo.com');
  });

  it('tells listeners what changed', () => {
    const settings = openSettings(memorySettingsPersistence());
    const seen: boolean[] = [];
    settings.onChange((next, previous) => seen.push(previous.desktop.syncPaused, next.desktop.syncPaused));
    settings.update((draft) => {
      draft.desktop.syncPaused = true;
    });
    expect(seen).toEqual([false, true]);
  });
});

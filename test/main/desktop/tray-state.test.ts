import { describe, expect, it } from 'vitest';
import type { ShellSyncStatus } from '../../../src-shared/ipc/desktop';
import { deriveTrayState, formatLastSync, trayMenu, type TrayInput } from '../../../src-main/desktop/tray-state';

const now = Date.parse('2025-11-21T20:00:00Z'); // 3:00 p. m. in Bogotá
const status = (patch: Partial<ShellSyncStatus> = {}): ShellSyncStatus => ({
  mode: 'siigo',
  reachable: true,
  running: false,
  pending: 0,
  needsAttention: 0,
  lastSuccessAt: '2025-11-21T19:30:00Z',
  lastReport: { sent: 0, failed: 0, paused: null },
  ...patch,
});
const input = (patch: Partial<TrayInput> = {}): TrayInput => ({ sync: status(), connection: 'online', paused: false, now, ...patch });

describe('tray state', () => {
  it('shows synced with the last sync time in Bogotá', () => {
    const state = deriveTrayState(input());
    expect(state.icon).toBe('synced');
    expect(state.tooltip).toContain('Todo sincronizado');
    expect(state.tooltip).toContain('Sin documentos pendientes');
    expect(state.tooltip).toMatch(/Última sincronización: hoy 2:30/);
  });

  it('shows the pending count', () => {
    const state = deriveTrayState(input({ sync: status({ pending: 7 }) }));
    expect(state.icon).toBe('pending');
    expect(state.tooltip).toContain('7 documentos pendientes');
    expect(deriveTrayState(input({ sync: status({ pending: 1 }) })).tooltip).toContain('1 documento pendiente');
  });

  it('shows offline when Siigo is unreachable, with what is waiting', () => {
    const state = deriveTrayState(input({ sync: status({ reachable: false, pending: 3 }) }));
    expect(state.icon).toBe('offline');
    expect(state.tooltip).toContain('Sin conexión con Siigo');
    expect(state.tooltip).toContain('3 documentos pendientes');
    expect(deriveTrayState(input({ connection: 'offline' })).icon).toBe('offline');
  });

  it('shows error for refused credentials or documents needing attention, before offline', () => {
    expect(deriveTrayState(input({ connection: 'auth_error' })).icon).toBe('error');
    expect(deriveTrayState(input({ sync: status({ lastReport: { sent: 0, failed: 1, paused: 'auth' } }) })).icon).toBe('error');
    const attention = deriveTrayState(input({ sync: status({ needsAttention: 2, reachable: false }) }));
    expect(attention.icon).toBe('error');
    expect(attention.tooltip).toContain('2 documentos necesitan atención');
  });

  it('shows demo mode above everything else', () => {
    const state = deriveTrayState(input({ sync: status({ mode: 'demo', needsAttention: 4 }), connection: 'auth_error' }));
    expect(state.icon).toBe('demo');
    expect(state.tooltip).toContain('Modo demostración');
  });

  it('says when sync is paused and before the first report', () => {
    const paused = deriveTrayState(input({ paused: true }));
    expect(paused.icon).toBe('pending');
    expect(paused.tooltip).toContain('Sincronización en pausa');
    const starting = deriveTrayState(input({ sync: null, connection: null }));
    expect(starting.icon).toBe('pending');
    expect(starting.tooltip).toContain('Última sincronización: nunca');
  });

  it('formats an older sync with its date', () => {
    expect(formatLastSync('2025-11-19T14:05:00Z', now)).toMatch(/^19 (de )?nov\.? 9:05/);
    expect(formatLastSync(null, now)).toBe('nunca');
  });

  it('has the menu Abrir, Sincronizar ahora, Pausar sincronización, Salir', () => {
    const menu = trayMenu(deriveTrayState(input({ paused: true })));
    const labels = menu.flatMap((item) => (item.type === 'separator' ? [] : [item.label]));
    expect(labels).toEqual(['Abrir', 'Sincronizar ahora', 'Pausar sincronización', 'Salir']);
    expect(menu.find((item) => item.type === 'checkbox')).toMatchObject({ checked: true });
    expect(menu.find((item) => item.type === 'item' && item.id === 'sync-now')).toMatchObject({ enabled: false });
  });
});

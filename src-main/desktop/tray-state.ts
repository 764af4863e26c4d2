import type { ConnectionStatus } from '../../src-shared/ipc/contract';
import type { ShellSyncStatus } from '../../src-shared/ipc/desktop';

/** One icon per state; the PNGs are `build/tray/<icon>.png` (16 px) and `<icon>@2x.png` (32 px). */
export const trayIcons = ['synced', 'pending', 'offline', 'error', 'demo'] as const;
export type TrayIcon = (typeof trayIcons)[number];

export interface TrayInput {
  /** The renderer's last report, or null before the first one. */
  sync: ShellSyncStatus | null;
  /** What main's own bridge calls last said about Siigo. */
  connection: ConnectionStatus['state'] | null;
  paused: boolean;
  now: number;
}

export interface TrayState {
  icon: TrayIcon;
  tooltip: string;
  paused: boolean;
}

const bogota = 'America/Bogota';
const dayOf = (at: number) => new Intl.DateTimeFormat('en-CA', { timeZone: bogota }).format(at);
const timeOf = (at: number) =>
  new Intl.DateTimeFormat('es-CO', { timeZone: bogota, hour: 'numeric', minute: '2-digit' }).format(at);
const dateOf = (at: number) => new Intl.DateTimeFormat('es-CO', { timeZone: bogota, day: 'numeric', month: 'short' }).format(at);

/** "hoy 3:05 p. m." or "20 nov 3:05 p. m.", in Bogotá time whatever the PC's zone. */
export function formatLastSync(iso: string | null, now: number): string {
  if (iso === null) return 'nunca';
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return 'nunca';
  return dayOf(at) === dayOf(now) ? `hoy ${timeOf(at)}` : `${dateOf(at)} ${timeOf(at)}`;
}

export function documentsText(count: number, adjective: string): string {
  return count === 1 ? `1 documento ${adjective}` : `${count} documentos ${adjective}s`;
}

export function attentionText(count: number): string {
  return count === 1 ? '1 documento necesita atención' : `${count} documentos necesitan atención`;
}

function iconOf(input: TrayInput): TrayIcon {
  const { sync } = input;
  if (sync?.mode === 'demo') return 'demo';
  if (input.connection === 'auth_error' || sync?.lastReport?.paused || (sync?.needsAttention ?? 0) > 0) return 'error';
  if (sync === null) return 'pending';
  if (!sync.reachable || input.connection === 'offline') return 'offline';
  if (sync.pending > 0 || input.paused || sync.running) return 'pending';
  return 'synced';
}

function headline(icon: TrayIcon, input: TrayInput): string {
  const sync = input.sync;
  switch (icon) {
    case 'demo':
      return 'Modo demostración (sin conexión a Siigo real)';
    case 'error':
      if ((sync?.needsAttention ?? 0) > 0) return attentionText(sync?.needsAttention ?? 0);
      return 'Siigo rechazó las credenciales';
    case 'offline':
      return 'Sin conexión con Siigo';
    case 'pending':
      return sync === null ? 'Iniciando…' : sync.running && sync.pending === 0 ? 'Sincronizando…' : 'Pendiente de enviar';
    case 'synced':
      return 'Todo sincronizado';
  }
}

/**
 * The tray's icon and tooltip from the sync status. Precedence: demo, then anything needing the
 * user (refused credentials, documents needing attention), then offline, then work in progress.
 */
export function deriveTrayState(input: TrayInput): TrayState {
  const icon = iconOf(input);
  const lines = [`Mostrador — ${headline(icon, input)}`];
  const pending = input.sync?.pending ?? 0;
  lines.push(pending === 0 ? 'Sin documentos pendientes' : documentsText(pending, 'pendiente'));
  if (input.paused) lines.push('Sincronización en pausa');
  lines.push(`Última sincronización: ${formatLastSync(input.sync?.lastSuccessAt ?? null, input.now)}`);
  return { icon, tooltip: lines.join('\n'), paused: input.paused };
}

export type TrayMenuId = 'open' | 'sync-now' | 'toggle-pause' | 'quit';
export type TrayMenuItem =
  | { type: 'item'; id: TrayMenuId; label: string; enabled: boolean }
  | { type: 'checkbox'; id: TrayMenuId; label: string; checked: boolean }
  | { type: 'separator' };

/** The tray's context menu, built from the state so the pause item shows its current value. */
export function trayMenu(state: TrayState): TrayMenuItem[] {
  return [
    { type: 'item', id: 'open', label: 'Abrir', enabled: true },
    { type: 'item', id: 'sync-now', label: 'Sincronizar ahora', enabled: !state.paused },
    { type: 'checkbox', id: 'toggle-pause', label: 'Pausar sincronización', checked: state.paused },
    { type: 'separator' },
    { type: 'item', id: 'quit', label: 'Salir', enabled: true },
  ];
}

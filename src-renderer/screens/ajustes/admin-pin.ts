import { BridgeError } from '../../../src-shared/ipc/client';
import type { AdminStatus } from '../../../src-shared/ipc/desktop';
import { useApp } from '../../app/app-store';

/**
 * The administrator's PIN as the window sees it. Main holds it (a salted hash) and enforces it
 * for the connection and the administrator's settings; the window only asks main to check what
 * is typed, and keeps nothing of it once the call is made.
 */

/** How long Administración stays unlocked in the window without a key pressed or a click. */
export const ADMIN_IDLE_MS = 5 * 60_000;

/**
 * While someone works in an unlocked Administración, how often at most the window tells main so
 * (`admin:status` renews main's unlock): well inside main's own limit (`UNLOCKED_FOR_MS`, 10
 * minutes), so a long form is never refused halfway.
 */
export const ADMIN_RENEW_MS = 60_000;

/** What is wrong with a PIN as typed, in Spanish, or null: 4 to 8 digits. */
export function pinProblem(pin: string): string | null {
  if (pin === '') return 'PIN: escríbalo (de 4 a 8 dígitos).';
  return /^\d{4,8}$/.test(pin) ? null : 'PIN: de 4 a 8 dígitos, solo números.';
}

/** Main's Spanish refusal of the PIN guard (wrong PIN, wait, locked…), or null for any other error. */
export function adminRefusal(error: unknown): { code: string; message: string } | null {
  if (!(error instanceof BridgeError)) return null;
  const code = error.failure.errors[0]?.Code;
  return code?.startsWith('admin_') ? { code, message: error.failure.message } : null;
}

/** A refusal's text for the cashier: main's own words for the PIN guard, else a short generic one. */
export function refusalText(error: unknown): string {
  return adminRefusal(error)?.message ?? 'No se pudo comprobar el PIN con el programa. Intente de nuevo.';
}

/** Keeps the shell's copy of "is there a PIN" (in the settings) in step with main's answer. */
export function notePinStatus(status: AdminStatus): AdminStatus {
  const { settings, set } = useApp.getState();
  if (settings && settings.admin?.pinSet !== status.pinSet) set({ settings: { ...settings, admin: { pinSet: status.pinSet } } });
  return status;
}

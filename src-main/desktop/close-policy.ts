/** What closing the main window does. */
export type CloseAction = 'hide-to-tray' | 'minimize' | 'quit';

/**
 * Closing never strands the user: the window hides only where a tray icon can bring it back.
 * Without a tray (a Linux desktop with no StatusNotifier host), closing quits, unless documents
 * are still waiting to be sent: then the window is minimised, because the outbox replay runs in
 * the window and would stop with it. Invoices already sent but not yet answered by the DIAN do
 * not keep it open: their polling resumes, from the database, the next time the app opens.
 * `Salir` (menu, Ctrl+Q) always quits.
 */
export function closeAction(state: { quitting: boolean; tray: boolean; waiting: number }): CloseAction | null {
  if (state.quitting) return null;
  if (state.tray) return 'hide-to-tray';
  return state.waiting > 0 ? 'minimize' : 'quit';
}

/**
 * Where there is no tray, a start at login cannot stay invisible: the window opens (minimised
 * would be as hidden on a desktop without a tray's "show" entry point).
 */
export function showWindowAtStart(state: { startedHidden: boolean; tray: boolean }): boolean {
  return !state.startedHidden || !state.tray;
}

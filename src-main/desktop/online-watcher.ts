import { realTimers, type Timers } from './timers';

/**
 * Electron's main process has no "network changed" event; polling `net.isOnline()` is cheap.
 * Calls `onReconnect` on each offline → online transition (the window then syncs at once instead
 * of waiting for its next interval).
 */
export function watchOnline(options: { isOnline: () => boolean; onReconnect: () => void; intervalMs?: number; timers?: Timers }) {
  const timers = options.timers ?? realTimers;
  let online = options.isOnline();
  let timer: unknown = null;
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    const next = options.isOnline();
    if (next && !online) options.onReconnect();
    online = next;
    timer = timers.set(tick, options.intervalMs ?? 10_000);
  };
  timer = timers.set(tick, options.intervalMs ?? 10_000);
  return {
    stop() {
      stopped = true;
      timers.clear(timer);
    },
  };
}

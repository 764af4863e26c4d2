/**
 * Decides whether to reload the window after its renderer died. Reloading is safe (the outbox
 * is durable and resumes), but a page that crashes on load would loop forever: after
 * `maxRestarts` within `windowMs` the guard gives up and the shell shows an error instead.
 */
export function createCrashGuard(options: { maxRestarts?: number; windowMs?: number; now?: () => number } = {}) {
  const maxRestarts = options.maxRestarts ?? 3;
  const windowMs = options.windowMs ?? 60_000;
  const now = options.now ?? (() => Date.now());
  let crashes: number[] = [];
  return {
    /** Records a crash; true when the window should be reloaded. */
    shouldReload(reason: string): boolean {
      // A clean exit (the app is closing the window) is not a crash.
      if (reason === 'clean-exit') return false;
      const at = now();
      crashes = [...crashes.filter((t) => at - t < windowMs), at];
      return crashes.length <= maxRestarts;
    },
  };
}

/**
 * Siigo's time run S times faster: the counters' scenario lasts minutes instead of an hour, and
 * every clock and timer that decides when something happens (the sandbox's rate window and DIAN
 * delay, the outbox's retry and stamp schedules, the pull interval, the client's limiter and
 * back-off) is scaled by the same S, so the ratios hold.
 *
 * Invariant: `now()` and `toSiigoMs(realMs)` agree: `now()` advances `scale` ms for every real ms.
 */
export interface ScaledClock {
  readonly scale: number;
  /** Siigo time, in ms since the epoch (starts at the real time of creation). */
  now(): number;
  /** Siigo ms → real ms, for timers and the client's options, which run on the real clock. */
  toRealMs(siigoMs: number): number;
  /** Real ms (a measured duration) → Siigo ms. */
  toSiigoMs(realMs: number): number;
  /** setTimeout/clearTimeout taking Siigo ms, in the shape `createOutboxSync`'s `timers` wants. */
  timers: { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
  /** Resolves after `siigoMs` of Siigo time. */
  sleep(siigoMs: number): Promise<void>;
}

export function scaledClock(scale: number): ScaledClock {
  if (!Number.isFinite(scale) || scale <= 0) throw new RangeError('scale must be a positive number');
  const startReal = performance.now();
  const startSiigo = Date.now();
  const toRealMs = (siigoMs: number) => siigoMs / scale;
  return {
    scale,
    now: () => startSiigo + (performance.now() - startReal) * scale,
    toRealMs,
    toSiigoMs: (realMs) => realMs * scale,
    timers: {
      set: (fn, ms) => setTimeout(fn, toRealMs(ms)),
      clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
    sleep: (siigoMs) => new Promise((resolve) => setTimeout(resolve, toRealMs(siigoMs))),
  };
}

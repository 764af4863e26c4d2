/**
 * When pulls happen: on start, on reconnect, every `intervalMs`, and on demand. Single-flight:
 * never two pulls at once (they would fight over checkpoints and the rate limit); a trigger
 * while a pull runs schedules exactly one more run after it, however many triggers arrive.
 */

/** What a triggered pull is asked to do beyond the usual. */
export interface PullRequest {
  /** Download the catalogs even if they are fresh ("Actualizar catálogos"). */
  forceCatalogs?: boolean;
}

export interface PullSchedulerOptions {
  /** One complete pull (e.g. `mirrorSync.pull(request)`). */
  run: (request: PullRequest) => Promise<void>;
  /** Default 5 minutes; 0 disables the timer. */
  intervalMs?: number;
  /** Errors of runs nobody awaits (timer, start, reconnect). */
  onError?: (error: unknown) => void;
}

export interface PullScheduler {
  /** First pull now, then every interval. */
  start(): void;
  /** No more timed runs; a run under way finishes. */
  stop(): void;
  /** The app regained the connection. */
  reconnected(): void;
  /**
   * Pull now (or right after the current run); resolves or rejects with that run. The run
   * queued behind the current one does what any of its triggers asked (catalogs forced if one did).
   */
  pullNow(request?: PullRequest): Promise<void>;
  readonly running: boolean;
}

export function createPullScheduler(options: PullSchedulerOptions): PullScheduler {
  const intervalMs = options.intervalMs ?? 5 * 60_000;
  let timer: ReturnType<typeof setInterval> | undefined;
  let current: Promise<void> | undefined;
  /** The run queued behind `current`, shared by every trigger that arrived meanwhile. */
  let queued: Promise<void> | undefined;
  let queuedRequest: PullRequest = {};

  function runNow(request: PullRequest): Promise<void> {
    const run = options.run(request).finally(() => {
      if (current === run) current = undefined;
    });
    current = run;
    return run;
  }

  function trigger(request: PullRequest = {}): Promise<void> {
    if (!current) return runNow(request);
    if (request.forceCatalogs) queuedRequest = { forceCatalogs: true };
    if (!queued) {
      queued = current
        .catch(() => undefined)
        .then(() => {
          const next = queuedRequest;
          queued = undefined;
          queuedRequest = {};
          return runNow(next);
        });
    }
    return queued;
  }

  const background = () => {
    trigger({}).catch((error: unknown) => options.onError?.(error));
  };

  return {
    start() {
      background();
      if (intervalMs > 0 && timer === undefined) timer = setInterval(background, intervalMs);
    },
    stop() {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
    },
    reconnected: background,
    pullNow: trigger,
    get running() {
      return current !== undefined;
    },
  };
}

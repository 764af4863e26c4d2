/**
 * When pulls happen: on start, on reconnect, every `intervalMs`, and on demand. Single-flight:
 * never two pulls at once (they would fight over checkpoints and the rate limit); a trigger
 * while a pull runs schedules exactly one more run after it, however many triggers arrive.
 * `hold()` stops the run under way (at its next page: what it stored stays, a first sync
 * resumes) and starts none until released, for work that replaces the mirror (a snapshot load).
 */

/** What a triggered pull is asked to do beyond the usual. */
export interface PullRequest {
  /** Download the catalogs even if they are fresh ("Actualizar catálogos"). */
  forceCatalogs?: boolean;
}

/** What a run is given: the request, and a signal that `hold()` aborts. */
export interface PullRun extends PullRequest {
  signal: AbortSignal;
}

export interface PullSchedulerOptions {
  /** One complete pull (e.g. `mirrorSync.pull(request)`); it stops when `signal` aborts. */
  run: (request: PullRun) => Promise<void>;
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
  /**
   * Stops the run under way and waits for it to end; no run starts until the returned release
   * is called, and triggers meanwhile make one run after it.
   */
  hold(): Promise<() => void>;
  readonly running: boolean;
}

export function createPullScheduler(options: PullSchedulerOptions): PullScheduler {
  const intervalMs = options.intervalMs ?? 5 * 60_000;
  let timer: ReturnType<typeof setInterval> | undefined;
  let current: Promise<void> | undefined;
  /** The run queued behind `current`, shared by every trigger that arrived meanwhile. */
  let queued: Promise<void> | undefined;
  let queuedRequest: PullRequest = {};
  let currentAbort: AbortController | undefined;
  let holds = 0;
  /** Released when the last hold ends (a resolved promise while nothing holds). */
  let released: Promise<void> = Promise.resolve();
  let release = () => {};

  function runNow(request: PullRequest): Promise<void> {
    const abort = new AbortController();
    const run = options.run({ ...request, signal: abort.signal }).finally(() => {
      if (current === run) {
        current = undefined;
        currentAbort = undefined;
      }
    });
    current = run;
    currentAbort = abort;
    return run;
  }

  function trigger(request: PullRequest = {}): Promise<void> {
    if (holds > 0) {
      // One run once the hold ends, carrying every request made meanwhile.
      if (request.forceCatalogs) queuedRequest = { forceCatalogs: true };
      if (!queued) {
        queued = released.then(() => {
          const next = queuedRequest;
          queued = undefined;
          queuedRequest = {};
          return trigger(next);
        });
      }
      return queued;
    }
    if (!current) return runNow(request);
    if (request.forceCatalogs) queuedRequest = { forceCatalogs: true };
    if (!queued) {
      queued = current
        .catch(() => undefined)
        .then(() => {
          const next = queuedRequest;
          queued = undefined;
          queuedRequest = {};
          // Through trigger: a hold taken meanwhile delays this run too.
          return trigger(next);
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
    async hold() {
      if (holds === 0) released = new Promise<void>((resolve) => (release = resolve));
      holds += 1;
      currentAbort?.abort(new DOMException('La carga de una base detuvo la sincronización', 'AbortError'));
      await current?.catch(() => undefined);
      let done = false;
      return () => {
        if (done) return;
        done = true;
        holds -= 1;
        if (holds === 0) release();
      };
    },
    get running() {
      return current !== undefined;
    },
  };
}

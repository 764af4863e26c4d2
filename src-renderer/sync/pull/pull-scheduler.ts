/**
 * When pulls happen: on start, on reconnect, every `intervalMs`, and on demand. Single-flight:
 * never two pulls at once (they would fight over checkpoints and the rate limit); a trigger
 * while a pull runs schedules exactly one more run after it, however many triggers arrive.
 */

export interface PullSchedulerOptions {
  /** One complete pull (e.g. `mirrorSync.pull()`). */
  run: () => Promise<void>;
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
  /** Pull now (or right after the current run); resolves or rejects with that run. */
  pullNow(): Promise<void>;
  readonly running: boolean;
}

export function createPullScheduler(options: PullSchedulerOptions): PullScheduler {
  const intervalMs = options.intervalMs ?? 5 * 60_000;
  let timer: ReturnType<typeof setInterval> | undefined;
  let current: Promise<void> | undefined;
  /** The run queued behind `current`, shared by every trigger that arrived meanwhile. */
  let queued: Promise<void> | undefined;

  function runNow(): Promise<void> {
    const run = options.run().finally(() => {
      if (current === run) current = undefined;
    });
    current = run;
    return run;
  }

  function trigger(): Promise<void> {
    if (!current) return runNow();
    if (!queued) {
      queued = current
        .catch(() => undefined)
        .then(() => {
          queued = undefined;
          return runNow();
        });
    }
    return queued;
  }

  const background = () => {
    trigger().catch((error: unknown) => options.onError?.(error));
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

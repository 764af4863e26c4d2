/** Who is waiting: a person at the counter, or the outbox/sync working in the background. */
export type Priority = 'interactive' | 'background';

export interface RateLimitConfig {
  /** At most this many requests... */
  requests: number;
  /** ...in any window of this many milliseconds. */
  windowMs: number;
}

export const defaultRateLimit: RateLimitConfig = { requests: 100, windowMs: 60_000 };

/** The right to send ONE HTTP request (any attempt: /auth, first try, retry, 401 replay). */
export interface SendPermit {
  /**
   * Call when the attempt is over (answer read or failed). Idempotent. The slot stays counted
   * until release time + windowMs.
   */
  release(): void;
}

interface Waiter {
  grant: (permit: SendPermit) => void;
  fail: (reason: unknown) => void;
  detach: () => void;
}

export interface AcquireOptions {
  signal?: AbortSignal;
  /** Queue ahead of same-priority waiters (for retries of a request that already waited). */
  front?: boolean;
}

/**
 * Client-side sliding-window limiter for ONE Siigo company, shared by every caller.
 *
 * Invariant (what makes it provable against the server's clock): a slot is counted from the
 * moment it is granted until `windowMs` after the request finished. The server sees the request
 * arrive somewhere between grant and finish, so any two requests the server sees closer than
 * `windowMs` apart were both counted here at the same instant; hence the server never sees more
 * than `requests` arrivals in any window of `windowMs`, whatever the network latency.
 *
 * Priorities: `interactive` waiters are always granted before `background` waiters, FIFO within a
 * priority. A 429 pauses the whole limiter (`pauseFor`): Siigo counts per company, so every
 * caller must hold back, not just the one that was refused.
 *
 * A timer exists only while someone waits, so an idle limiter keeps no process alive.
 */
export class SlidingWindowRateLimiter {
  readonly config: RateLimitConfig;
  private readonly clock: () => number;
  /** Granted and not yet released. */
  private inFlight = 0;
  /**
   * When each released slot stops counting, oldest first. Release times only grow (monotonic
   * clock, constant window), so this is already sorted: pruning pops from the front and the next
   * slot to free is the first one, O(1) instead of a scan of every slot per pump (6,000 slots
   * at a raised limit made each grant cost a pass over all of them).
   */
  private readonly released: number[] = [];
  /** Index of the oldest still-counted entry of `released` (popping the front of an array is O(n)). */
  private head = 0;
  private readonly queues: Record<Priority, Waiter[]> = { interactive: [], background: [] };
  private pausedUntil = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(config: RateLimitConfig, clock: () => number = () => performance.now()) {
    if (!Number.isInteger(config.requests) || config.requests < 1) {
      throw new RangeError('rateLimit.requests must be a positive integer');
    }
    if (!Number.isFinite(config.windowMs) || config.windowMs <= 0) {
      throw new RangeError('rateLimit.windowMs must be a positive number');
    }
    this.config = { requests: config.requests, windowMs: config.windowMs };
    this.clock = clock;
  }

  /** Resolves when a request may be sent; rejects with the signal's reason if aborted first. */
  acquire(priority: Priority, options: AcquireOptions = {}): Promise<SendPermit> {
    const { signal, front = false } = options;
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<SendPermit>((resolve, reject) => {
      const queue = this.queues[priority];
      const onAbort = () => {
        const index = queue.indexOf(waiter);
        if (index >= 0) queue.splice(index, 1);
        reject(signal?.reason);
        this.pump();
      };
      const waiter: Waiter = {
        grant: resolve,
        fail: reject,
        detach: () => signal?.removeEventListener('abort', onAbort),
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      if (front) queue.unshift(waiter);
      else queue.push(waiter);
      this.pump();
    });
  }

  /** Holds every waiter back for `ms` (extends, never shortens, an existing pause). */
  pauseFor(ms: number): void {
    const until = this.clock() + Math.max(0, ms);
    if (until > this.pausedUntil) this.pausedUntil = until;
    this.pump();
  }

  /** For logs and tests. */
  snapshot(): { counted: number; inFlight: number; interactiveWaiting: number; backgroundWaiting: number; pausedForMs: number } {
    const now = this.clock();
    this.prune(now);
    return {
      counted: this.counted(),
      inFlight: this.inFlight,
      interactiveWaiting: this.queues.interactive.length,
      backgroundWaiting: this.queues.background.length,
      pausedForMs: Math.max(0, this.pausedUntil - now),
    };
  }

  /** Rejects every waiter and stops the timer (for shutting the whole app down). */
  dispose(reason: unknown): void {
    for (const queue of Object.values(this.queues)) {
      for (const waiter of queue.splice(0)) {
        waiter.detach();
        waiter.fail(reason);
      }
    }
    this.clearTimer();
  }

  private pump(): void {
    this.clearTimer();
    const now = this.clock();
    this.prune(now);
    while (this.queues.interactive.length + this.queues.background.length > 0) {
      if (now < this.pausedUntil) return this.wakeAt(this.pausedUntil, now);
      if (this.counted() >= this.config.requests) {
        const nextFree = this.released[this.head];
        // All slots in flight: the next release() pumps again, no timer needed.
        if (nextFree !== undefined) this.wakeAt(nextFree, now);
        return;
      }
      const waiter = this.queues.interactive.shift() ?? this.queues.background.shift();
      if (!waiter) return;
      waiter.detach();
      waiter.grant(this.occupySlot());
    }
  }

  private occupySlot(): SendPermit {
    this.inFlight += 1;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.inFlight -= 1;
        // Never earlier than the last entry, so the list stays sorted even with a clock that
        // (in tests) steps backwards.
        const last = this.released[this.released.length - 1] ?? Number.NEGATIVE_INFINITY;
        this.released.push(Math.max(last, this.clock() + this.config.windowMs));
        this.pump();
      },
    };
  }

  private counted(): number {
    return this.inFlight + this.released.length - this.head;
  }

  private prune(now: number): void {
    while (this.head < this.released.length && (this.released[this.head] ?? Infinity) <= now) this.head += 1;
    // Compact once the dead prefix dominates, so memory stays bounded by the counted slots.
    if (this.head > 1024 && this.head * 2 > this.released.length) {
      this.released.splice(0, this.head);
      this.head = 0;
    }
  }

  private wakeAt(at: number, now: number): void {
    // +1 ms: timers may fire a hair early relative to performance.now().
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.pump();
    }, Math.max(0, at - now) + 1);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

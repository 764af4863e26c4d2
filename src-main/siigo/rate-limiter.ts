import { AdaptiveAllowance } from './adaptive-allowance';

/** Who is waiting: a person at the counter, or the outbox/sync working in the background. */
export type Priority = 'interactive' | 'background';

export interface RateLimitConfig {
  /** At most this many requests... */
  requests: number;
  /** ...in any window of this many milliseconds. */
  windowMs: number;
  /**
   * Default true: the PC's share of `requests` adapts to 429s (other PCs of the same company
   * spend the same budget; see `AdaptiveAllowance`). False: this PC believes it owns the whole
   * budget and a 429 only pauses it (the behaviour before issue 26, kept for comparison).
   */
  adaptive?: boolean;
  /** Counters sharing the company's account: the allowance starts at requests / startingShare. Default 1. */
  startingShare?: number;
}

export const defaultRateLimit: RateLimitConfig = { requests: 100, windowMs: 60_000 };

/** The right to send ONE HTTP request (any attempt: /auth, first try, retry, 401 replay). */
export interface SendPermit {
  /**
   * Call when the attempt is over (answer read or failed). Idempotent. The slot stays counted
   * until release time + windowMs, unless Siigo refused it with a 429 (`refusal`): Siigo does not
   * count a refused request, so an adaptive limiter frees the slot at once, lowers its allowance
   * and honours `retryAfterMs`.
   */
  release(refusal?: Refusal): void;
}

/** Siigo answered 429: the company's budget is spent (by this PC or another). */
export interface Refusal {
  retryAfterMs?: number;
}

interface Waiter {
  priority: Priority;
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
 * Client-side sliding-window limiter for ONE Siigo company, shared by every caller of this PC.
 *
 * Invariant (what makes it provable against the server's clock): a slot is counted from the
 * moment it is granted until `windowMs` after the request finished. The server sees the request
 * arrive somewhere between grant and finish, so any two requests the server sees closer than
 * `windowMs` apart were both counted here at the same instant; hence the server never sees more
 * than the limit's admitted arrivals from this PC in any window of `windowMs`, whatever the
 * network latency. The one exception is a request Siigo refused with a 429: Siigo does not count
 * it, so (adaptive only) neither does this limiter once it is released.
 *
 * The limit: `config.requests` when not adaptive (this PC owns the budget); otherwise the
 * allowance of `AdaptiveAllowance`, which shrinks on 429s and grows back while this PC wants more,
 * so PCs of one company converge on shares of the budget without talking to each other.
 *
 * Priorities: `interactive` waiters are always granted before `background` waiters, FIFO within a
 * priority; adaptive, background may only fill the allowance less a reserve for interactive (held
 * while the budget is shared or a cashier asked within the last window), and
 * while the budget is shared (allowance below it, or a recent 429) its grants are paced (one per
 * `windowMs / allowance`), so each PC's requests reach Siigo spread over the window: when the
 * company's budget fills, the 429s fall on the PCs in proportion to what they send (which is what
 * makes the shares converge) instead of on whoever refills first.
 *
 * A 429: not adaptive, it pauses the whole limiter (`pauseFor`) for the retry's delay: Siigo
 * counts per company, so every caller must hold back, not just the one that was refused.
 * Adaptive, the lower allowance already holds every caller back; the limiter pauses only as long
 * as a Retry-After asks, and the refused call alone waits its back-off (`AttemptRunner`).
 *
 * A timer exists only while someone waits, so an idle limiter keeps no process alive.
 */
export class SlidingWindowRateLimiter {
  readonly config: Readonly<Required<RateLimitConfig>>;
  private readonly clock: () => number;
  /** Absent when not adaptive: the limit is `config.requests` for every priority. */
  private readonly allowance: AdaptiveAllowance | undefined;
  /** Granted and not yet released. */
  private inFlight = 0;
  /** Grants so far: numbers each permit, so 429s of requests sent before a decrease count once. */
  private grants = 0;
  /**
   * When each released slot stops counting, oldest first. Release times only grow (monotonic
   * clock, constant window), so this is already sorted: pruning pops from the front and the next
   * slot to free is the first one, O(1) instead of a scan of every slot per pump (6,000 slots
   * at a raised limit made each grant cost a pass over all of them).
   */
  private readonly released: number[] = [];
  /** Index of the oldest still-counted entry of `released` (popping the front of an array is O(n)). */
  private head = 0;
  /**
   * Adaptive only: the interactive slots among the counted ones (in flight, and when released
   * ones stop counting), so cashiers keep their reserve even when background filled the allowance.
   */
  private interactiveInFlight = 0;
  private readonly interactiveReleased: number[] = [];
  private readonly queues: Record<Priority, Waiter[]> = { interactive: [], background: [] };
  private pausedUntil = 0;
  /** Adaptive only: background grants are spread over the window (see `pump`). */
  private nextBackgroundAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(config: RateLimitConfig, clock: () => number = () => performance.now()) {
    if (!Number.isInteger(config.requests) || config.requests < 1) {
      throw new RangeError('rateLimit.requests must be a positive integer');
    }
    if (!Number.isFinite(config.windowMs) || config.windowMs <= 0) {
      throw new RangeError('rateLimit.windowMs must be a positive number');
    }
    const startingShare = config.startingShare ?? 1;
    if (!Number.isFinite(startingShare) || startingShare < 1) {
      throw new RangeError('rateLimit.startingShare must be a number of counters, 1 or more');
    }
    const adaptive = config.adaptive ?? true;
    this.config = { requests: config.requests, windowMs: config.windowMs, adaptive, startingShare };
    this.clock = clock;
    this.allowance = adaptive ? new AdaptiveAllowance(config.requests, config.windowMs, startingShare, clock()) : undefined;
  }

  get adaptive(): boolean {
    return this.allowance !== undefined;
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
        priority,
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

  /** For logs and tests. `allowance`: requests per window this PC may send now. */
  snapshot(): {
    counted: number;
    inFlight: number;
    interactiveWaiting: number;
    backgroundWaiting: number;
    pausedForMs: number;
    allowance: number;
  } {
    const now = this.clock();
    this.prune(now);
    this.allowance?.close(now);
    return {
      counted: this.counted(),
      inFlight: this.inFlight,
      interactiveWaiting: this.queues.interactive.length,
      backgroundWaiting: this.queues.background.length,
      pausedForMs: Math.max(0, this.pausedUntil - now),
      allowance: this.allowance?.allowance ?? this.config.requests,
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
    this.allowance?.close(now);
    while (this.queues.interactive.length + this.queues.background.length > 0) {
      if (now < this.pausedUntil) return this.wakeAt(this.pausedUntil, now);
      const counted = this.counted();
      const waiter = this.queues.interactive[0] ?? this.queues.background[0];
      if (!waiter) return;
      if (this.allowance && this.queues.background.length > 0 && counted >= this.allowance.backgroundLimit(now)) {
        this.allowance.noteHeldBack();
      }
      // A wait for the pace is not demand beyond the allowance: noted only when the allowance binds (above).
      if (waiter.priority === 'background' && this.allowance?.paced(now) && now < this.nextBackgroundAt) {
        return this.wakeAt(this.nextBackgroundAt, now);
      }
      if (!this.mayGrant(waiter.priority, counted, now)) {
        const nextFree = this.released[this.head];
        // All slots in flight: the next release() pumps again. Adaptive, a window may also close
        // and raise the allowance, so wake then too.
        if (nextFree !== undefined) this.wakeAt(nextFree, now);
        else if (this.allowance) this.wakeAt(now + this.config.windowMs, now);
        return;
      }
      this.queues[waiter.priority].shift();
      if (waiter.priority === 'background' && this.allowance) {
        this.nextBackgroundAt = now + this.config.windowMs / this.allowance.allowance;
      }
      if (waiter.priority === 'interactive') this.allowance?.noteInteractive(now);
      waiter.detach();
      waiter.grant(this.occupySlot(waiter.priority));
    }
  }

  /**
   * Not adaptive: anything while fewer than `requests` are counted. Adaptive: background up to
   * the allowance less the reserve; interactive up to the allowance, and in any case while the
   * cashiers' own counted slots are fewer than the reserve (so a look-up goes at once even right
   * after a 429 lowered the allowance below what background had already used); never past the
   * whole budget.
   */
  private mayGrant(priority: Priority, counted: number, now: number): boolean {
    if (!this.allowance) return counted < this.config.requests;
    if (priority === 'background') return counted < this.allowance.backgroundLimit(now);
    const ownReserveLeft = this.interactiveInFlight + this.interactiveReleased.length < this.allowance.reserve();
    return counted < this.config.requests && (counted < this.allowance.interactiveLimit() || ownReserveLeft);
  }

  private occupySlot(priority: Priority): SendPermit {
    this.inFlight += 1;
    const interactive = priority === 'interactive' && this.allowance !== undefined;
    if (interactive) this.interactiveInFlight += 1;
    const grant = this.grants++;
    let released = false;
    return {
      release: (refusal?: Refusal) => {
        if (released) return;
        released = true;
        this.inFlight -= 1;
        if (interactive) {
          this.interactiveInFlight -= 1;
          if (!refusal) this.interactiveReleased.push(this.clock() + this.config.windowMs);
        }
        if (refusal && this.allowance) {
          const now = this.clock();
          this.prune(now);
          this.allowance.refused(grant, this.counted(), this.grants, now);
          if (refusal.retryAfterMs !== undefined) this.pauseFor(refusal.retryAfterMs);
          else this.pump();
          return;
        }
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
    // Few entries (the reserve's worth per window): shifting is cheap.
    while ((this.interactiveReleased[0] ?? Infinity) <= now) this.interactiveReleased.shift();
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

/**
 * How many requests per window THIS PC may send when several PCs share one Siigo company's
 * budget (100 requests a minute per company, not per PC) and none of them can see the others.
 * The only signal is Siigo's 429: the company's budget is spent, by someone.
 *
 * AIMD, in windows of the limiter's `windowMs` (Siigo's memory of past requests):
 * - decrease, once per congestion event: `allowance = max(1, β × level)`, where `level` is what
 *   this PC was actually using when refused (its counted requests plus its reserve, never above
 *   the allowance). Using what was in use, not the nominal allowance (TCP's FlightSize rule),
 *   stops a PC at once after a burst: five PCs starting at 100 each had about 20 admitted apiece
 *   when Siigo filled, so each drops to about 14, not to 70 and then again and again;
 * - increase, once per clean window (no 429) in which this PC wanted more than its allowance (a
 *   background request was held back): below the level of the last 429 it climbs half the gap
 *   per window (fast recovery, the budget stays busy); at or above it, it probes with 1, 2, 4
 *   requests per window (the step doubles with the streak of clean windows, at most
 *   `maxProbeShare` of the ceiling), so a PC whose neighbours went quiet takes their share within
 *   a few windows while PCs at the edge add few 429s.
 * 429s answering requests granted before the last decrease belong to the same event: a burst of
 * refusals lowers the allowance once, not down to 1.
 *
 * Cashiers first: background requests may use `allowance − reserve` slots (while the reserve is
 * held, see `backgroundLimit`), interactive ones the whole allowance and in any case their own
 * reserve (see `SlidingWindowRateLimiter.mayGrant`).
 * The constants come from `test/main/siigo/limiter-sim.ts` (see decision 0022).
 */
export const ADAPTIVE_TUNING = {
  /** Multiplicative decrease. */
  beta: 0.7,
  /** Share of the allowance kept for interactive requests (at least one slot once the allowance reaches 2). */
  reserveShare: 0.1,
  /** Largest probing step above the last congestion level, as a share of the ceiling (4 of 100). */
  maxProbeShare: 0.04,
  /** Background is paced for this many windows after a 429 (a lone counter never is). */
  pacedWindows: 10,
} as const;

export interface AllowanceSnapshot {
  allowance: number;
  /** Level at the last 429 (what this PC was using), or the starting allowance before any. */
  congestionLevel: number;
}

export class AdaptiveAllowance {
  /** Requests per window this PC may send now: between 1 and the ceiling. */
  private value: number;
  private level: number;
  private epochStart: number;
  private wantedMore = false;
  private refusedInEpoch = false;
  private probeStreak = 0;
  private lastRefusalAt = Number.NEGATIVE_INFINITY;
  private lastInteractiveAt = Number.NEGATIVE_INFINITY;
  /** Grants numbered below this were in flight at (or before) the last decrease. */
  private eventBoundary = 0;

  constructor(
    private readonly ceiling: number,
    private readonly windowMs: number,
    startingShare: number,
    now: number,
  ) {
    this.value = clamp(ceiling / startingShare, 1, ceiling);
    this.level = this.value;
    this.epochStart = now;
  }

  get allowance(): number {
    return this.value;
  }

  snapshot(): AllowanceSnapshot {
    return { allowance: this.value, congestionLevel: this.level };
  }

  /** Slots interactive requests may fill (the whole allowance). */
  interactiveLimit(): number {
    return this.value;
  }

  /**
   * Slots background requests may fill: the allowance less the cashiers' reserve (at least one),
   * kept while the budget is shared (`paced`) or a cashier asked within the last window. A lone
   * counter with nobody at the keyboard (a first sync at night) uses the whole budget; a look-up
   * arriving then waits for the next slot to free, as before the reserve existed.
   */
  backgroundLimit(now: number): number {
    const reserveHeld = this.paced(now) || now - this.lastInteractiveAt < this.windowMs;
    return reserveHeld ? Math.max(1, this.value - reserveOf(this.value)) : this.value;
  }

  /** An interactive request was granted: a cashier is at the keyboard. */
  noteInteractive(now: number): void {
    this.lastInteractiveAt = now;
  }

  /** Slots per window kept for interactive requests whatever background has used. */
  reserve(): number {
    return reserveOf(this.value);
  }

  /**
   * Whether background grants are spread over the window now: while this PC has less than the
   * whole budget or saw a 429 in the last `pacedWindows`. So a lone counter keeps its bursts (a
   * first sync's pages at once) and counters sharing the budget send evenly, which is what makes
   * 429s fall in proportion to what each sends.
   */
  paced(now: number): boolean {
    return this.value < this.ceiling || now - this.lastRefusalAt < ADAPTIVE_TUNING.pacedWindows * this.windowMs;
  }

  /** A background request could not go because of the allowance (not a pause): this PC wants more. */
  noteHeldBack(): void {
    this.wantedMore = true;
  }

  /**
   * Siigo answered 429 to the request granted as number `grantSeq`. `used`: requests this PC
   * has counted in the window now (the refused one excluded), `nextSeq`: the number the next
   * grant will get. Returns whether this was a new congestion event (the allowance decreased).
   */
  refused(grantSeq: number, used: number, nextSeq: number, now: number): boolean {
    this.close(now);
    this.refusedInEpoch = true;
    this.lastRefusalAt = now;
    if (grantSeq < this.eventBoundary) return false;
    this.level = Math.max(1, Math.min(this.value, used + reserveOf(this.value)));
    this.value = clamp(this.level * ADAPTIVE_TUNING.beta, 1, this.ceiling);
    this.eventBoundary = nextSeq;
    this.probeStreak = 0;
    this.restartEpoch(now);
    return true;
  }

  /** Closes every window that ended by `now`; the first one may raise the allowance. */
  close(now: number): void {
    if (now - this.epochStart < this.windowMs) return;
    if (this.wantedMore && !this.refusedInEpoch && this.value < this.ceiling) this.increase();
    else if (!this.wantedMore) this.probeStreak = 0;
    // Windows that passed with nobody waiting earn nothing: the next one starts now.
    this.restartEpoch(now);
  }

  private increase(): void {
    const gap = this.level - this.value;
    let step: number;
    if (gap > 1) {
      step = gap / 2;
    } else {
      step = Math.min(2 ** this.probeStreak, Math.max(1, this.ceiling * ADAPTIVE_TUNING.maxProbeShare));
      this.probeStreak += 1;
    }
    this.value = clamp(this.value + Math.max(1, step), 1, this.ceiling);
  }

  private restartEpoch(now: number): void {
    this.epochStart = now;
    this.wantedMore = false;
    this.refusedInEpoch = false;
  }
}

/** At least one slot at any allowance: a counter squeezed to 1 request a window still serves its cashier. */
function reserveOf(allowance: number): number {
  return Math.max(1, allowance * ADAPTIVE_TUNING.reserveShare);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

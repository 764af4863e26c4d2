// The adaptive limiter on its own, under fake timers (no network): what a 429 does to this PC's
// share, when the share grows back, the cashiers' reserve, Retry-After, and the fixed limiter
// of before kept as it was.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SlidingWindowRateLimiter, type Priority, type SendPermit } from '../../../src-main/siigo/rate-limiter';

const budget = { requests: 20, windowMs: 1000 };

/** Acquires and reports whether the permit came within `ms` of fake time. */
async function grantedWithin(limiter: SlidingWindowRateLimiter, priority: Priority, ms: number): Promise<SendPermit | null> {
  let permit: SendPermit | null = null;
  limiter.acquire(priority).then(
    (p) => (permit = p),
    () => undefined, // disposed at the end of the test
  );
  await vi.advanceTimersByTimeAsync(ms);
  return permit;
}

/** Keeps background requests waiting for `windows` windows, answering each at once (no 429). */
async function backlogFor(limiter: SlidingWindowRateLimiter, windows: number): Promise<number> {
  const end = performance.now() + windows * budget.windowMs;
  let sent = 0;
  const worker = async () => {
    while (performance.now() < end) {
      const permit = await limiter.acquire('background');
      sent++;
      permit.release();
    }
  };
  const workers = Promise.all([worker(), worker(), worker()]);
  await vi.advanceTimersByTimeAsync(windows * budget.windowMs + 200);
  limiter.dispose(new Error('test over'));
  await workers.catch(() => undefined);
  return sent;
}

describe('adaptive company rate limiter', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a burst of 429s to requests already in flight lowers the allowance once; a later 429 lowers it again', async () => {
    const limiter = new SlidingWindowRateLimiter(budget);
    expect(limiter.snapshot().allowance).toBe(20);
    const permits = await Promise.all(Array.from({ length: 10 }, () => limiter.acquire('interactive')));
    permits[0]!.release({});
    const afterFirst = limiter.snapshot().allowance;
    // What was in use (9 others still in flight, plus the reserve) times 0.7, not 20 × 0.7.
    expect(afterFirst).toBeCloseTo(0.7 * (9 + 2), 5);
    for (const permit of permits.slice(1)) permit.release({});
    expect(limiter.snapshot().allowance).toBe(afterFirst);
    // Refused requests are not counted by Siigo, nor here.
    expect(limiter.snapshot().counted).toBe(0);

    const later = await limiter.acquire('interactive');
    later.release({});
    expect(limiter.snapshot().allowance).toBeLessThan(afterFirst);
    expect(limiter.snapshot().allowance).toBeGreaterThanOrEqual(1);
  });

  it('grows back only in windows where this PC wanted more than its allowance', async () => {
    const limiter = new SlidingWindowRateLimiter(budget);
    const permits = await Promise.all(Array.from({ length: 10 }, () => limiter.acquire('interactive')));
    for (const permit of permits) permit.release({});
    const lowered = limiter.snapshot().allowance;

    // Idle: nothing waits, nothing grows, however long.
    await vi.advanceTimersByTimeAsync(5 * budget.windowMs);
    expect(limiter.snapshot().allowance).toBe(lowered);

    // Light use that the allowance covers: still no growth.
    for (let i = 0; i < 3; i++) {
      (await limiter.acquire('background')).release();
      await vi.advanceTimersByTimeAsync(budget.windowMs);
    }
    expect(limiter.snapshot().allowance).toBe(lowered);

    // A backlog: grows window after window, back to the whole budget when nobody refuses.
    await backlogFor(limiter, 12);
    expect(limiter.snapshot().allowance).toBe(20);
  });

  it('starts at the share of the counters given in Ajustes, and grows from there while alone', async () => {
    const limiter = new SlidingWindowRateLimiter({ ...budget, startingShare: 4 });
    expect(limiter.snapshot().allowance).toBe(5);
    const sent = await backlogFor(limiter, 3);
    expect(limiter.snapshot().allowance).toBeGreaterThan(5);
    expect(sent).toBeGreaterThanOrEqual(10);
  });

  it('a counter paced within its share does not grow by waiting for the pace: bursts it can afford are not demand', async () => {
    const limiter = new SlidingWindowRateLimiter({ ...budget, startingShare: 4 });
    const share = limiter.snapshot().allowance;
    for (let window = 0; window < 10; window += 1) {
      // A sale's send, its status list and a pull at the same moment: three at once, each paced.
      const sent = Promise.all([0, 1, 2].map(() => limiter.acquire('background').then((permit) => permit.release())));
      await vi.advanceTimersByTimeAsync(budget.windowMs);
      expect(await sent).toHaveLength(3);
    }
    expect(limiter.snapshot().allowance).toBe(share);
  });

  it('a counter squeezed to one request a window still serves its cashier at once', async () => {
    const limiter = new SlidingWindowRateLimiter({ ...budget, startingShare: budget.requests });
    expect(limiter.snapshot().allowance).toBe(1);
    const background = await limiter.acquire('background');
    let lookedUp = false;
    const lookup = limiter.acquire('interactive').then((permit) => {
      lookedUp = true;
      permit.release();
    });
    await vi.advanceTimersByTimeAsync(1);
    expect(lookedUp).toBe(true);
    background.release();
    await lookup;
  });

  it('with a cashier at the keyboard, background leaves a reserve: a look-up goes at once while background waits', async () => {
    const limiter = new SlidingWindowRateLimiter(budget);
    (await limiter.acquire('interactive')).release(); // a look-up a moment ago
    const held: SendPermit[] = [];
    const backlog = Array.from({ length: 30 }, () => limiter.acquire('background').then((p) => held.push(p)));
    await vi.advanceTimersByTimeAsync(budget.windowMs - 10);
    // 20 allowed, 1 used by that look-up, 2 kept for cashiers: background stopped at 17 although it wants more.
    expect(held).toHaveLength(17);
    expect(limiter.snapshot().backgroundWaiting).toBe(13);
    const lookup = await grantedWithin(limiter, 'interactive', 0);
    expect(lookup).not.toBeNull();
    limiter.dispose(new Error('test over'));
    await Promise.allSettled(backlog);
  });

  it('a lone counter with nobody asking (a first sync at night) gives background the whole budget', async () => {
    const limiter = new SlidingWindowRateLimiter(budget);
    const held: SendPermit[] = [];
    const backlog = Array.from({ length: 30 }, () => limiter.acquire('background').then((p) => held.push(p)));
    await vi.advanceTimersByTimeAsync(budget.windowMs - 10);
    expect(held).toHaveLength(20);
    limiter.dispose(new Error('test over'));
    await Promise.allSettled(backlog);
  });

  it('after a 429 lowered the allowance below what background had used, look-ups still have their reserve', async () => {
    const limiter = new SlidingWindowRateLimiter(budget);
    const held: SendPermit[] = [];
    void Promise.all(Array.from({ length: 18 }, () => limiter.acquire('background').then((p) => held.push(p)))).catch(() => undefined);
    await vi.advanceTimersByTimeAsync(budget.windowMs - 10);
    for (const permit of held.slice(1)) permit.release();
    held[0]!.release({}); // 429: now 17 counted, allowance about 13
    expect(limiter.snapshot().allowance).toBeLessThan(17);
    expect(await grantedWithin(limiter, 'background', 100)).toBeNull();
    expect(await grantedWithin(limiter, 'interactive', 0)).not.toBeNull();
    limiter.dispose(new Error('test over'));
  });

  it('a lone counter sends its bursts at once; once a 429 shows the budget is shared, background is spread over the window', async () => {
    const limiter = new SlidingWindowRateLimiter(budget);
    const held: SendPermit[] = [];
    const burst = Array.from({ length: 10 }, () => limiter.acquire('background').then((p) => held.push(p)));
    await vi.advanceTimersByTimeAsync(0);
    expect(held).toHaveLength(10);
    await Promise.all(burst);
    for (const permit of held.splice(1)) permit.release();
    held[0]!.release({});
    await vi.advanceTimersByTimeAsync(2 * budget.windowMs); // the window's slots free again

    const at: number[] = [];
    const paced = Array.from({ length: 4 }, () => limiter.acquire('background').then(() => at.push(performance.now())));
    await vi.advanceTimersByTimeAsync(budget.windowMs);
    await Promise.all(paced);
    // The allowance is below 10 now: one grant per tenth of a window at most, not all at once.
    expect(limiter.snapshot().allowance).toBeLessThan(10);
    const gaps = at.slice(1).map((t, i) => t - (at[i] as number));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(budget.windowMs / 10);
  });

  it('a Retry-After pauses every caller of this PC for that long', async () => {
    const limiter = new SlidingWindowRateLimiter(budget);
    (await limiter.acquire('interactive')).release({ retryAfterMs: 3_000 });
    expect(limiter.snapshot().pausedForMs).toBe(3_000);
    expect(await grantedWithin(limiter, 'interactive', 2_900)).toBeNull();
    await vi.advanceTimersByTimeAsync(200);
    expect(limiter.snapshot().inFlight).toBe(1);
  });

  it('adaptive: false keeps the fixed limiter: whole budget to anyone, 429s counted, no pacing, no change of allowance', async () => {
    const limiter = new SlidingWindowRateLimiter({ ...budget, adaptive: false });
    const permits = await Promise.all(Array.from({ length: 20 }, () => limiter.acquire('background')));
    expect(permits).toHaveLength(20);
    for (const permit of permits) permit.release({});
    expect(limiter.snapshot()).toMatchObject({ allowance: 20, counted: 20, pausedForMs: 0 });
    expect(await grantedWithin(limiter, 'interactive', 900)).toBeNull();
    await vi.advanceTimersByTimeAsync(200);
    expect(limiter.snapshot().inFlight).toBe(1);
  });

  it('refuses a starting share below one counter', () => {
    expect(() => new SlidingWindowRateLimiter({ ...budget, startingShare: 0 })).toThrow(RangeError);
  });
});

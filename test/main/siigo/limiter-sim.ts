// A deterministic simulation of several PCs' limiters sharing ONE company budget, for the tests
// and for tuning `AdaptiveAllowance` by hand. Run under vitest's fake timers (the limiters use
// `performance.now()` and `setTimeout`): no network, so a run of minutes takes milliseconds.
import { vi } from 'vitest';
import { SlidingWindowRateLimiter, type Priority, type RateLimitConfig } from '../../../src-main/siigo/rate-limiter';
import { rateLimitBackoffDelay } from '../../../src-main/siigo/backoff';

export interface SimOptions {
  /** Siigo's limit for the company: sliding window, 429s not counted (as the sandbox does it). */
  budget: { requests: number; windowMs: number };
  pcs: Array<{ limit: RateLimitConfig; workers: number; startAtMs?: number }>;
  durationMs: number;
  /** Round trip of one request; Siigo counts it half-way. */
  latencyMs: number;
  /** One interactive look-up per PC this often (0: none). */
  lookupEveryMs?: number;
  /** Retry-After Siigo sends with a 429, in seconds (undefined: none, as the sandbox). */
  retryAfterSeconds?: number;
}

export interface PcResult {
  admitted: number;
  refused: number;
  allowance: number;
  lookupWaitsMs: number[];
}

export interface SimResult {
  pcs: PcResult[];
  admitted: number;
  refused: number;
  /** Admitted ÷ what the budget allows over the time all PCs were running. */
  utilisation: number;
}

/** Runs under fake timers; restores real ones before returning. */
export async function simulate(options: SimOptions): Promise<SimResult> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
  try {
    return await run(options);
  } finally {
    vi.useRealTimers();
  }
}

async function run(options: SimOptions): Promise<SimResult> {
  const { budget, durationMs, latencyMs } = options;
  const admittedAt: number[] = [];
  let head = 0;
  const server = (): boolean => {
    const now = performance.now();
    while (head < admittedAt.length && (admittedAt[head] as number) <= now - budget.windowMs) head++;
    if (admittedAt.length - head >= budget.requests) return false;
    admittedAt.push(now);
    return true;
  };
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  const start = performance.now();
  const end = start + durationMs;
  const results: PcResult[] = options.pcs.map(() => ({ admitted: 0, refused: 0, allowance: 0, lookupWaitsMs: [] }));
  const limiters = options.pcs.map((pc) => new SlidingWindowRateLimiter(pc.limit));

  /** One request, retried after 429s as the client does (retries at the front, 4 attempts). */
  const request = async (index: number, priority: Priority): Promise<void> => {
    const limiter = limiters[index] as SlidingWindowRateLimiter;
    const result = results[index] as PcResult;
    for (let attempt = 1; attempt <= 4; attempt++) {
      const permit = await limiter.acquire(priority, { front: attempt > 1 });
      await sleep(latencyMs / 2);
      const ok = server();
      await sleep(latencyMs / 2);
      if (ok) {
        permit.release();
        result.admitted++;
        return;
      }
      result.refused++;
      const retryAfterMs = options.retryAfterSeconds === undefined ? undefined : options.retryAfterSeconds * 1000;
      permit.release(retryAfterMs === undefined ? {} : { retryAfterMs });
      const policy = { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 30_000 };
      // As AttemptRunner.waitBeforeRetry: a fixed limiter pauses for everyone, an adaptive one
      // lets only the refused call wait.
      const delayMs = retryAfterMs ?? rateLimitBackoffDelay(policy, attempt, () => 0.5);
      if (limiter.adaptive) await sleep(delayMs);
      else limiter.pauseFor(delayMs);
    }
  };

  const tasks: Promise<void>[] = [];
  options.pcs.forEach((pc, index) => {
    for (let w = 0; w < pc.workers; w++) {
      tasks.push(
        (async () => {
          await sleep(pc.startAtMs ?? 0);
          while (performance.now() < end) await request(index, 'background');
        })(),
      );
    }
    const every = options.lookupEveryMs ?? 0;
    if (every > 0) {
      tasks.push(
        (async () => {
          await sleep((pc.startAtMs ?? 0) + every / 2 + index * 97);
          while (performance.now() < end) {
            const asked = performance.now();
            const permit = await limiters[index]!.acquire('interactive');
            (results[index] as PcResult).lookupWaitsMs.push(performance.now() - asked);
            await sleep(latencyMs / 2);
            const ok = server();
            await sleep(latencyMs / 2);
            permit.release(ok ? undefined : {});
            if (ok) (results[index] as PcResult).admitted++;
            else (results[index] as PcResult).refused++;
            await sleep(every);
          }
        })(),
      );
    }
  });
  const all = Promise.all(tasks);
  let done = false;
  void all.then(() => (done = true));
  while (!done) await vi.advanceTimersByTimeAsync(50);
  limiters.forEach((limiter, index) => {
    (results[index] as PcResult).allowance = limiter.snapshot().allowance;
    limiter.dispose(new Error('sim over'));
  });
  const latestStart = Math.max(...options.pcs.map((pc) => pc.startAtMs ?? 0));
  const admittedWhileAll = admittedAt.filter((at) => at >= start + latestStart && at < end).length;
  const floor = ((durationMs - latestStart) / budget.windowMs) * budget.requests;
  return {
    pcs: results,
    admitted: results.reduce((sum, r) => sum + r.admitted, 0),
    refused: results.reduce((sum, r) => sum + r.refused, 0),
    utilisation: admittedWhileAll / floor,
  };
}

// Five counters of one company in the deterministic simulation (`limiter-sim.ts`): a minute-long
// budget scaled to 6 s, a drain of 60 windows, cashiers' look-ups every half window. The figures
// of decision 0022 come from here; the bench measures the real engines.
import { describe, expect, it } from 'vitest';
import { simulate } from './limiter-sim';

const budget = { requests: 100, windowMs: 6_000 };
const counters = (n: number, limit: object) => Array.from({ length: n }, () => ({ limit: { ...budget, ...limit }, workers: 12 }));
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? 0;

describe('five counters sharing one budget (simulation)', () => {
  it('adaptive, each starting with the whole budget: it stays busy, every counter gets a share, look-ups never wait', async () => {
    const run = await simulate({ budget, pcs: counters(5, {}), durationMs: 60 * budget.windowMs, latencyMs: 60, lookupEveryMs: 3_000 });
    expect(run.utilisation).toBeGreaterThanOrEqual(0.85);
    // The first window's burst (every counter believing it is alone) is most of these.
    expect(run.refused / (run.admitted + run.refused)).toBeLessThanOrEqual(0.03);
    for (const pc of run.pcs) {
      expect(pc.admitted / run.admitted).toBeGreaterThanOrEqual(0.12);
      expect(p95(pc.lookupWaitsMs)).toBeLessThanOrEqual(100);
    }
  });

  it('adaptive, starting at a fifth each (Ajustes says five counters): busier budget and fewer 429s', async () => {
    const run = await simulate({
      budget,
      pcs: counters(5, { startingShare: 5 }),
      durationMs: 60 * budget.windowMs,
      latencyMs: 60,
      lookupEveryMs: 3_000,
    });
    expect(run.utilisation).toBeGreaterThanOrEqual(0.9);
    expect(run.refused / (run.admitted + run.refused)).toBeLessThanOrEqual(0.015);
    for (const pc of run.pcs) {
      expect(pc.admitted / run.admitted).toBeGreaterThanOrEqual(0.12);
      expect(p95(pc.lookupWaitsMs)).toBeLessThanOrEqual(100);
    }
  });

  it('fixed limiters (each PC believing it owns the budget): most requests are refused and look-ups wait', async () => {
    const run = await simulate({
      budget,
      pcs: counters(5, { adaptive: false }),
      durationMs: 20 * budget.windowMs,
      latencyMs: 60,
      lookupEveryMs: 3_000,
    });
    expect(run.refused / (run.admitted + run.refused)).toBeGreaterThan(0.5);
    expect(Math.max(...run.pcs.map((pc) => p95(pc.lookupWaitsMs)))).toBeGreaterThan(1_000);
  });
});

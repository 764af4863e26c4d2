/**
 * The same fixed CPU work before every step, timed: a shared host's speed can move under the
 * bench without any steal showing in /proc/stat, and a figure measured while the host ran slowly
 * must say so rather than pass for a regression of the app (or hide one).
 */

import { round } from './stats';

const VALUES = 400_000;

/**
 * Pseudo-random numbers generated (JIT-compiled loop) and sorted (native code). Nothing is
 * allocated on the JS heap, so the bench process's own heap (two seeded sandboxes late in a run)
 * cannot make the check slower through its collector: it times the cores only.
 */
function fixedWork(): number {
  let x = 1;
  const values = new Float64Array(VALUES);
  for (let i = 0; i < VALUES; i += 1) {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    values[i] = x;
  }
  values.sort();
  return values[VALUES >> 1] ?? 0;
}

/** Milliseconds the fixed work takes here now: the best of three, so a passing hiccup is not the host. */
export function hostSpeedCheckMs(): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    if (fixedWork() < 0) throw new Error('unreachable: keeps the work from being optimized away');
    best = Math.min(best, performance.now() - started);
  }
  return round(best, 1);
}

/** A step's check this many times slower than the run's fastest is noted beside its figures. */
export const SLOW_HOST_FACTOR = 1.25;

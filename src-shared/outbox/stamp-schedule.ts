/**
 * When to ask Siigo again for an electronic invoice's DIAN status: seconds at first (most are
 * validated within a minute), minutes later, then hourly, for up to 48 hours (the legal window
 * to transmit a contingency invoice). Returns null when it is time to give up and ask a person.
 */
const STEPS_MS = [5_000, 10_000, 20_000, 30_000, 60_000, 2 * 60_000, 5 * 60_000, 10 * 60_000, 30 * 60_000];
const HOURLY_MS = 60 * 60_000;
export const STAMP_WATCH_LIMIT_MS = 48 * HOURLY_MS;

export function nextStampCheckAt(startedAt: number, checks: number): number | null {
  const delay = STEPS_MS[checks] ?? HOURLY_MS;
  const previous = startedAt + STEPS_MS.slice(0, Math.min(checks, STEPS_MS.length)).reduce((a, b) => a + b, 0) +
    Math.max(0, checks - STEPS_MS.length) * HOURLY_MS;
  const next = previous + delay;
  return next - startedAt > STAMP_WATCH_LIMIT_MS ? null : next;
}

/**
 * The first scheduled check strictly after `at`, or null when none is left within the 48 hours.
 * Used where checks are not one per step (a list pass answers for many documents at once, at
 * its own pace), so the schedule follows the clock rather than the count of checks.
 */
export function nextStampCheckAfter(startedAt: number, at: number): number | null {
  for (let checks = 0; ; checks += 1) {
    const next = nextStampCheckAt(startedAt, checks);
    if (next === null || next > at) return next;
  }
}

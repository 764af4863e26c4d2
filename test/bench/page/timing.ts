/** Main-thread stalls while something runs: every Long Task (> 50 ms) and the worst timer lateness. */
export interface StallMonitor {
  /** `lateTimers`: every timer over 50 ms late, how late and when (ms since the monitor started). */
  stop(): { longTasks: number[]; maxTimerLatenessMs: number; lateTimers: Array<{ atMs: number; lateMs: number }> };
}

export function monitorStalls(): StallMonitor {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  // A 5 ms timer fires late by about the length of whatever task held the thread.
  let maxLateness = 0;
  const started = performance.now();
  const lateTimers: Array<{ atMs: number; lateMs: number }> = [];
  let expected = started + 5;
  let running = true;
  const tick = () => {
    const now = performance.now();
    maxLateness = Math.max(maxLateness, now - expected);
    // Named in a trace (BENCH_TRACE), to find what held the thread meanwhile.
    if (now - expected > 50) {
      performance.measure('late 5 ms timer', { start: expected - 5, end: now });
      lateTimers.push({ atMs: expected - started, lateMs: now - expected });
    }
    expected = now + 5;
    if (running) setTimeout(tick, 5);
  };
  setTimeout(tick, 5);
  return {
    stop() {
      running = false;
      observer.disconnect();
      return { longTasks, maxTimerLatenessMs: maxLateness, lateTimers };
    },
  };
}

export { sleep } from '../../../src-renderer/sleep';

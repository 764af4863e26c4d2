/** Main-thread stalls while something runs: every Long Task (> 50 ms) and the worst timer lateness. */
export interface StallMonitor {
  stop(): { longTasks: number[]; maxTimerLatenessMs: number };
}

export function monitorStalls(): StallMonitor {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  // A 5 ms timer fires late by about the length of whatever task held the thread.
  let maxLateness = 0;
  let expected = performance.now() + 5;
  let running = true;
  const tick = () => {
    const now = performance.now();
    maxLateness = Math.max(maxLateness, now - expected);
    // Named in a trace (BENCH_TRACE), to find what held the thread meanwhile.
    if (now - expected > 50) performance.measure('late 5 ms timer', { start: expected - 5, end: now });
    expected = now + 5;
    if (running) setTimeout(tick, 5);
  };
  setTimeout(tick, 5);
  return {
    stop() {
      running = false;
      observer.disconnect();
      return { longTasks, maxTimerLatenessMs: maxLateness };
    },
  };
}

export { sleep } from '../../../src-renderer/sleep';

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPullScheduler } from '../../../src-renderer/sync/pull/pull-scheduler';
import { startHarness, type Harness } from '../support/harness';
import { createCustomer, mirrorSync } from './support';

describe('mirror: pull scheduler', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    vi.useRealTimers();
    await h?.close();
    h = undefined;
  });

  it('is single-flight: triggers during a run queue exactly one more run', async () => {
    let runs = 0;
    let concurrent = 0;
    let maxConcurrent = 0;
    const gates: Array<() => void> = [];
    const scheduler = createPullScheduler({
      intervalMs: 0,
      run: async () => {
        runs += 1;
        concurrent += 1;
        maxConcurrent = Math.max(maxConcurrent, concurrent);
        await new Promise<void>((resolve) => gates.push(resolve));
        concurrent -= 1;
      },
    });
    const first = scheduler.pullNow();
    const second = scheduler.pullNow();
    scheduler.reconnected();
    const third = scheduler.pullNow();
    expect(second).toBe(third);
    expect(scheduler.running).toBe(true);
    gates.shift()!();
    await first;
    await vi.waitFor(() => expect(gates.length).toBe(1));
    gates.shift()!();
    await Promise.all([second, third]);
    expect(runs).toBe(2);
    expect(maxConcurrent).toBe(1);
    expect(scheduler.running).toBe(false);
  });

  it('pulls on start, on each interval and on reconnect; errors of unawaited runs go to onError', async () => {
    vi.useFakeTimers();
    const run = vi.fn(async () => {});
    const onError = vi.fn();
    const scheduler = createPullScheduler({ run, intervalMs: 1000, onError });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(run).toHaveBeenCalledTimes(4);
    run.mockRejectedValueOnce(new Error('offline'));
    scheduler.reconnected();
    await vi.advanceTimersByTimeAsync(0);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'offline' }));
    scheduler.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(run).toHaveBeenCalledTimes(5);
  });

  it('drives the real mirror pull: start, then an on-demand pull picks up a new change', async () => {
    h = await startHarness({ size: { customers: 50, products: 50 } });
    const sync = mirrorSync(h);
    const scheduler = createPullScheduler({ run: () => sync.pull(), intervalMs: 0 });
    scheduler.start();
    await scheduler.pullNow();
    expect(await h.db.customers.count()).toBe(50);
    expect(await h.db.products.count()).toBe(50);
    const id = await createCustomer(h.bridge, ['Nueva', 'Cliente Programada']);
    await scheduler.pullNow();
    expect((await h.db.customers.get(id))?.name).toBe('Nueva Cliente Programada');
  });

  it('hold stops the run under way at once and starts none until released, then exactly one', async () => {
    const runs: Array<{ forceCatalogs: boolean; aborted: () => boolean }> = [];
    const scheduler = createPullScheduler({
      intervalMs: 0,
      run: (request) => {
        runs.push({ forceCatalogs: request.forceCatalogs === true, aborted: () => request.signal.aborted });
        // A pull ends at its next page once aborted; this one has nothing else to wait for.
        return new Promise<void>((resolve, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));
      },
    });
    const firstSync = scheduler.pullNow();
    const queuedBehind = scheduler.pullNow();
    const release = await scheduler.hold();
    await expect(firstSync).rejects.toThrow();
    expect(runs[0]?.aborted()).toBe(true);
    expect(scheduler.running).toBe(false);
    // While held (the snapshot loads), timers and buttons start nothing…
    const duringHold = scheduler.pullNow({ forceCatalogs: true });
    scheduler.reconnected();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(runs).toHaveLength(1);
    // …and once released, one run does what they asked.
    release();
    release(); // twice is once
    await vi.waitFor(() => expect(runs).toHaveLength(2));
    expect(runs[1]?.forceCatalogs).toBe(true);
    expect(scheduler.running).toBe(true);
    await scheduler.hold().then((again) => again());
    // Both waited for that one run (which this second hold stopped).
    await expect(duringHold).rejects.toThrow();
    await expect(queuedBehind).rejects.toThrow();
    expect(runs).toHaveLength(2);
  });
});

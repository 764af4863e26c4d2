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
});

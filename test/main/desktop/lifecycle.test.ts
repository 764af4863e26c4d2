import { describe, expect, it } from 'vitest';
import { autostartDesktopEntry } from '../../../src-main/desktop/autostart';
import { createCrashGuard } from '../../../src-main/desktop/crash-guard';
import { createInFlightTracker, trackingSends } from '../../../src-main/desktop/in-flight';
import { watchOnline } from '../../../src-main/desktop/online-watcher';
import type { Timers } from '../../../src-main/desktop/timers';

describe('quit waits for sends in flight', () => {
  it('settles at once when nothing is in flight', async () => {
    expect(await createInFlightTracker().settled(5_000)).toBe(true);
  });

  it('waits for a send to finish, and only for sending channels', async () => {
    const tracker = createInFlightTracker();
    let finish: () => void = () => {};
    const dispatch = trackingSends(
      (channel: unknown, _input: unknown) =>
        channel === 'invoices:create' ? new Promise<{ ok: true; value: null }>((resolve) => (finish = () => resolve({ ok: true, value: null }))) : Promise.resolve({ ok: true, value: null }),
      tracker,
    );
    const send = dispatch('invoices:create', {});
    await dispatch('customers:list', {});
    expect(tracker.count).toBe(1);
    const settled = tracker.settled(5_000);
    finish();
    await send;
    expect(await settled).toBe(true);
    expect(tracker.count).toBe(0);
  });

  it('gives up after the grace period', async () => {
    const tracker = createInFlightTracker();
    void tracker.track(() => new Promise(() => {}));
    const started = Date.now();
    expect(await tracker.settled(50)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe('crash-safe restart', () => {
  it('reloads after a crash but not in a crash loop, and ignores clean exits', () => {
    let now = 0;
    const guard = createCrashGuard({ maxRestarts: 3, windowMs: 60_000, now: () => now });
    expect(guard.shouldReload('clean-exit')).toBe(false);
    expect([1, 2, 3].map(() => guard.shouldReload('crashed'))).toEqual([true, true, true]);
    expect(guard.shouldReload('oom')).toBe(false);
    now += 61_000;
    expect(guard.shouldReload('crashed')).toBe(true);
  });
});

describe('network changes', () => {
  it('asks for a sync on each offline → online transition', () => {
    const ticks: Array<() => void> = [];
    const timers: Timers = { set: (fn) => ticks.push(fn), clear: () => {} };
    const states = [false, false, true, true, false, true];
    let index = 0;
    let online = true;
    let reconnects = 0;
    watchOnline({ isOnline: () => online, onReconnect: () => (reconnects += 1), timers });
    for (const state of states) {
      online = state;
      ticks[index++]?.();
    }
    expect(reconnects).toBe(2);
  });
});

describe('start at login on Linux', () => {
  it('writes an autostart entry that starts hidden, quoting paths with spaces', () => {
    const entry = autostartDesktopEntry(['/opt/Mostrador App/mostrador']);
    expect(entry).toContain('[Desktop Entry]');
    expect(entry).toContain('Exec="/opt/Mostrador App/mostrador" --hidden');
  });
});

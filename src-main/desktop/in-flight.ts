import type { InvokeChannel } from '../../src-shared/ipc/channels';
import { realTimers, type Timers } from './timers';

/** Channels that write to Siigo or to main's journal: quitting in the middle of one loses its outcome. */
export const sendingChannels: ReadonlySet<InvokeChannel> = new Set<InvokeChannel>([
  'invoices:create',
  'invoices:send-mail',
  'quotations:create',
  'quotations:update',
  'vouchers:create',
  'credit-notes:create',
  'customers:create',
  'customers:update',
  'journal:append',
]);

/**
 * Counts the sends in flight so quitting can wait for them to settle (briefly: the outbox is
 * durable and a send cut short is replayed with the same idempotency key on the next start).
 */
export function createInFlightTracker(timers: Timers = realTimers) {
  let count = 0;
  let waiters: Array<() => void> = [];

  const done = () => {
    count -= 1;
    if (count > 0) return;
    const ready = waiters;
    waiters = [];
    for (const wake of ready) wake();
  };

  return {
    get count() {
      return count;
    },
    /** Runs `work` counted as in flight. */
    async track<T>(work: () => Promise<T>): Promise<T> {
      count += 1;
      try {
        return await work();
      } finally {
        done();
      }
    },
    /** Resolves true once nothing is in flight, or false after `timeoutMs`. */
    settled(timeoutMs: number): Promise<boolean> {
      if (count === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const wake = () => {
          timers.clear(timer);
          resolve(true);
        };
        const timer = timers.set(() => {
          waiters = waiters.filter((w) => w !== wake);
          resolve(false);
        }, timeoutMs);
        waiters.push(wake);
      });
    },
  };
}
export type InFlightTracker = ReturnType<typeof createInFlightTracker>;

/** Wraps a bridge dispatcher so sends are counted while in flight. */
export function trackingSends<D extends (channel: unknown, input: unknown, meta?: unknown) => Promise<unknown>>(
  dispatch: D,
  tracker: InFlightTracker,
): D {
  const wrapped = (channel: unknown, input: unknown, meta?: unknown) =>
    sendingChannels.has(channel as InvokeChannel) ? tracker.track(() => dispatch(channel, input, meta)) : dispatch(channel, input, meta);
  return wrapped as D;
}

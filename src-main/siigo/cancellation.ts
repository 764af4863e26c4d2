import { CancelledError, SiigoError } from './errors';

/**
 * Waits `ms`, or rejects with the signal's reason as soon as the signal aborts. The timer is
 * always cleared, so a cancelled wait leaves nothing behind.
 */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Awaits a wait that happens BEFORE a request goes out (token, rate-limit slot, backoff). If the
 * call's signal aborted meanwhile, the result is a clean `cancelled`: nothing was sent by this
 * attempt. A real Siigo error that raced the abort is kept as is.
 */
export async function unlessCancelled<T>(promise: Promise<T>, signal: AbortSignal, what: string): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (signal.aborted && !(error instanceof SiigoError && error.kind !== 'cancelled')) {
      throw new CancelledError(`${what} was cancelled before it was sent.`);
    }
    throw error;
  }
}

import { describe, expect, it } from 'vitest';
import { BridgeError } from '../../../src-shared/ipc/client';
import { isQuotaExceeded } from '../../../src-renderer/data/storage';
import { fromCrossingError, toCrossingError } from '../../../src-renderer/sync/pull/full-pull-protocol';

/** As an error reaches the window from the first-sync worker: through the structured clone. */
const crossed = (error: unknown) => fromCrossingError(structuredClone(toCrossingError(error)));

describe('errors crossing from the first-sync worker', () => {
  it("keep IndexedDB's name, so a full disk is still told apart", () => {
    const full = crossed(new DOMException('Quota exceeded', 'QuotaExceededError'));
    expect(full).toMatchObject({ name: 'QuotaExceededError', message: 'Quota exceeded' });
    expect(isQuotaExceeded(full)).toBe(true);
    expect(isQuotaExceeded(crossed(new DOMException('Bad key', 'DataError')))).toBe(false);
  });

  it('keep a bridge failure whole, for the message the cashier reads', () => {
    const failure = { kind: 'offline' as const, message: 'Sin conexión con Siigo', retryable: true, errors: [] };
    const error = crossed(new BridgeError(failure));
    expect(error).toBeInstanceOf(BridgeError);
    expect((error as BridgeError).failure).toEqual(failure);
    expect(error.message).toBe('Sin conexión con Siigo');
  });

  it('turn anything else thrown into an Error with its text', () => {
    expect(crossed('se cayó')).toMatchObject({ name: 'Error', message: 'se cayó' });
  });
});

import { describe, expect, it } from 'vitest';
import { readyToSend, waitingOn } from '../../../src-shared/outbox/ordering';
import { bridgeTransportFailure } from '../../../src-shared/ipc/client';
import { actionFor, isDefiniteRefusal, retryDelayMs, RETRY_MAX_MS } from '../../../src-shared/outbox/retry-schedule';
import { nextStampCheckAt, STAMP_WATCH_LIMIT_MS } from '../../../src-shared/outbox/stamp-schedule';
import { canTransition } from '../../../src-shared/outbox/states';

const failure = (kind: Parameters<typeof actionFor>[1]['kind']) => ({ kind, message: '', retryable: true, errors: [] });

describe('DIAN status polling schedule', () => {
  it('asks within seconds first, then minutes, then hourly, and gives up after 48 hours', () => {
    const start = 1_000_000;
    const times: number[] = [];
    for (let checks = 0; ; checks += 1) {
      const next = nextStampCheckAt(start, checks);
      if (next === null) break;
      times.push(next - start);
    }
    expect(times.slice(0, 4)).toEqual([5_000, 15_000, 35_000, 65_000]);
    expect(times.every((t, i) => i === 0 || t > times[i - 1]!)).toBe(true);
    expect(times.at(-1)! <= STAMP_WATCH_LIMIT_MS).toBe(true);
    expect(STAMP_WATCH_LIMIT_MS - times.at(-1)!).toBeLessThan(60 * 60_000);
    expect(times.length).toBeLessThan(60);
  });
});

describe('outbox rules', () => {
  it('never retries blindly a write Siigo cannot deduplicate', () => {
    expect(actionFor('invoice', failure('unknown_outcome'))).toBe('retry');
    expect(actionFor('customer', failure('unknown_outcome'))).toBe('lookup');
    expect(actionFor('quotation', failure('timeout'))).toBe('lookup');
    expect(actionFor('voucher', failure('rejected'))).toBe('attention');
    expect(actionFor('invoice', failure('auth'))).toBe('pause');
  });

  it('asks a person only after a definite refusal; a broken bridge or an unreadable answer is an unknown outcome', () => {
    // What the window sees when main restarted or the preview went away mid-call.
    const broken = bridgeTransportFailure('invoices:create', new TypeError('Failed to fetch')).failure;
    expect(broken.kind).toBe('unknown_outcome');
    expect(actionFor('invoice', broken)).toBe('retry');
    expect(actionFor('voucher', broken)).toBe('retry');
    expect(actionFor('customer', broken)).toBe('lookup');
    expect(actionFor('invoice', failure('invalid_response'))).toBe('retry');
    expect(actionFor('quotation', failure('invalid_response'))).toBe('lookup');
    expect(actionFor('invoice', failure('wrong_company'))).toBe('pause');
    expect(actionFor('invoice', failure('rejected'))).toBe('attention');
    expect(actionFor('customer', failure('invalid_input'))).toBe('attention');
    expect(isDefiniteRefusal(failure('rejected'))).toBe(true);
    expect(isDefiniteRefusal(broken)).toBe(false);
    expect(isDefiniteRefusal(failure('invalid_response'))).toBe(false);
  });

  it('backs off exponentially with jitter, capped', () => {
    expect(retryDelayMs(1, () => 0)).toBe(2_500);
    expect(retryDelayMs(1, () => 1)).toBe(5_000);
    expect(retryDelayMs(3, () => 1)).toBe(20_000);
    expect(retryDelayMs(30, () => 1)).toBe(RETRY_MAX_MS);
  });

  it('allows only the documented transitions', () => {
    expect(canTransition('queued', 'sending')).toBe(true);
    expect(canTransition('sending', 'sending')).toBe(true);
    expect(canTransition('sent', 'queued')).toBe(false);
    expect(canTransition('queued', 'sent')).toBe(false);
    expect(canTransition('needs_attention', 'queued')).toBe(true);
  });

  it('lets a failed operation block only its own dependents', () => {
    const op = (id: string, state: 'queued' | 'needs_attention' | 'sent', dependsOn: string[] = [], createdAt = 0) => ({
      id,
      state,
      dependsOn,
      nextAttemptAt: 0,
      createdAt,
    });
    const all = [op('c1', 'needs_attention'), op('i1', 'queued', ['c1'], 1), op('i2', 'queued', [], 2), op('c2', 'sent'), op('i3', 'queued', ['c2'], 3)];
    expect(readyToSend(all, 10).map((o) => o.id)).toEqual(['i2', 'i3']);
    expect(waitingOn(all[1]!, all)).toEqual(['c1']);
  });
});

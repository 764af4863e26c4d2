import { describe, expect, it } from 'vitest';
import { startHarness } from '../support/harness';
import { auditReplay, queueWorkload, replayFaults, replayWithCrashes } from '../support/workload';

describe('exactly-once replay under faults', () => {
  it('ends with exactly the queued documents in Siigo: none lost, none duplicated, dependencies honoured', async () => {
    const h = await startHarness({ seed: 7, faults: replayFaults, requestLogLimit: Infinity });
    try {
      const plans = await queueWorkload(h, 500);
      let interrupted = 0;
      const reopen = h.reopen.bind(h);
      h.reopen = async () => {
        const db = await reopen();
        interrupted += await db.outbox.where('state').equals('sending').count();
        return db;
      };
      await replayWithCrashes(h, [170], replayFaults);

      // The kill caught sends in flight: their outcome had never been written locally.
      expect(interrupted).toBeGreaterThan(0);
      expect(await auditReplay(h, plans)).toEqual({
        operations: 500,
        landed: 500,
        duplicates: 0,
        lost: 0,
        orderViolations: 0,
        wrongReferences: 0,
      });
      const keys = h.sandbox.created().flatMap((c) => (c.idempotencyKey ? [c.idempotencyKey] : []));
      expect(new Set(keys).size).toBe(keys.length);
      const faulted = h.sandbox.requests().filter((r) => r.fault).length;
      console.log(`exactly-once: 500 operations, ${faulted} faulted requests of ${h.sandbox.requests().length}`);
      expect(faulted).toBeGreaterThan(30);
    } finally {
      await h.close();
    }
  }, 120_000);
});

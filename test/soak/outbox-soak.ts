// The long soak of the outbox: 10,000 operations queued offline, replayed through faults with the
// engine killed and restarted several times. Not part of `npm test`; run with `npm run soak`.
import { startHarness } from '../renderer/support/harness';
import { auditReplay, queueWorkload, replayFaults, replayWithCrashes } from '../renderer/support/workload';

const operations = Number(process.env['SOAK_OPERATIONS'] ?? 10_000);
const started = Date.now();
const h = await startHarness({ seed: 11, faults: replayFaults, size: { customers: 2_000, products: 1_000 } });
try {
  const plans = await queueWorkload(h, operations, 11);
  const kills = [0.15, 0.4, 0.7].map((share) => Math.round(share * operations));
  await replayWithCrashes(h, kills, replayFaults);
  const audit = await auditReplay(h, plans);
  const faulted = h.sandbox.requests().filter((r) => r.fault).length;
  console.log(`operations: ${audit.operations}`);
  console.log(`landed in Siigo: ${audit.landed}`);
  console.log(`duplicates: ${audit.duplicates}`);
  console.log(`lost: ${audit.lost}`);
  console.log(`dependency order violations: ${audit.orderViolations}`);
  console.log(`wrong payment references: ${audit.wrongReferences}`);
  console.log(`engine kills: ${kills.length}; faulted requests: ${faulted} of ${h.sandbox.requests().length}`);
  console.log(`elapsed: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const ok = audit.duplicates === 0 && audit.lost === 0 && audit.orderViolations === 0 && audit.wrongReferences === 0;
  process.exitCode = ok ? 0 : 1;
} finally {
  await h.close();
}

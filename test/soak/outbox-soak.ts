// The long soak of the outbox, not part of `npm test`; run with `npm run soak`.
// 1. One company: 10,000 operations queued offline, replayed through faults with the window's
//    engine killed and restarted several times.
// 2. Two companies on one PC and one main: both outboxes replayed at once through faults while
//    main switches between the companies and is restarted mid-send, answers in flight lost.
// The workload mixes customers, invoices, payments, credit notes and quotations.
// Each prints 0 duplicates and 0 lost, or the run fails.
import { startHarness } from '../renderer/support/harness';
import { auditReplay, queueWorkload, replayFaults, replayWithCrashes, type ReplayAudit } from '../renderer/support/workload';
import { replayTwoCompanies, startTwoCompanies } from './two-companies';

const operations = Number(process.env['SOAK_OPERATIONS'] ?? 10_000);
const started = Date.now();
const sound = (audit: ReplayAudit) => audit.duplicates === 0 && audit.lost === 0 && audit.orderViolations === 0 && audit.wrongReferences === 0;

function print(title: string, audit: ReplayAudit): void {
  console.log(title);
  console.log(`  operations: ${audit.operations}`);
  console.log(`  landed in Siigo: ${audit.landed}`);
  console.log(`  duplicates: ${audit.duplicates}`);
  console.log(`  lost: ${audit.lost}`);
  console.log(`  dependency order violations: ${audit.orderViolations}`);
  console.log(`  wrong invoice references (payments, credit notes): ${audit.wrongReferences}`);
}

let ok = true;
const h = await startHarness({ seed: 11, faults: replayFaults, size: { customers: 2_000, products: 1_000 }, requestLogLimit: Infinity });
try {
  const plans = await queueWorkload(h, operations, 11);
  const kills = [0.15, 0.4, 0.7].map((share) => Math.round(share * operations));
  await replayWithCrashes(h, kills, replayFaults);
  const audit = await auditReplay(h, plans);
  const faulted = h.sandbox.requests().filter((r) => r.fault).length;
  print('one company, window killed:', audit);
  console.log(`  engine kills: ${kills.length}; faulted requests: ${faulted} of ${h.sandbox.requests().length}`);
  ok &&= sound(audit);
} finally {
  await h.close();
}

const pair = await startTwoCompanies(replayFaults);
try {
  const each = Math.round(operations / 4);
  const plans = [];
  for (const [index, company] of pair.companies.entries()) plans.push(await queueWorkload(company, each, 31 + index));
  await replayTwoCompanies(pair, Math.max(5, Math.round(each / 10)), 6);
  for (const [index, company] of pair.companies.entries()) {
    const audit = await auditReplay(company, plans[index]!);
    print(`company ${index + 1} of 2, main restarted and switched:`, audit);
    ok &&= sound(audit);
  }
  console.log(`  main restarts: ${pair.restarts()}; answers lost to them: ${pair.lostAnswers()}`);
} finally {
  await pair.close();
}
console.log(`elapsed: ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = ok ? 0 : 1;

import { performance as nodePerformance } from 'node:perf_hooks';
import { DEMO_IDS, startSandbox, type RequestLogEntry, type Sandbox } from '../../../src-main/siigo-sandbox';
import { colombiaToday } from '../../../src-shared/validation';
import { invoiceBody, seeded, sellableProducts } from '../../renderer/support/documents';
import { percentile } from '../stats';
import { startCounter, type Counter, type CounterDesign } from './counter';
import { countKinds, type KindCounts } from './request-kinds';
import { scaledClock, type ScaledClock } from './scaled-clock';

/** Every duration is in Siigo time (minutes or seconds as named); `scale` runs it faster. */
export interface ScenarioOptions {
  label: string;
  design: CounterDesign;
  /** Siigo time runs this many times faster than the wall clock. */
  scale: number;
  counters: number;
  salesPerMinute: number;
  /** Sales and look-ups run this long before the steady state is measured. */
  warmUpMinutes: number;
  steadyMinutes: number;
  outageMinutes: number;
  /** The drain is given up after this long (the figure then says so). */
  maxDrainMinutes: number;
  /** After the drain: how long sent invoices may still wait for their DIAN answer to be known. */
  dianTailMinutes: number;
  stampDelaySeconds: number;
  lookupEverySeconds: number;
  pullEveryMinutes: number;
  listIntervalSeconds: number;
  seedSize: { customers: number; products: number };
  seed: number;
  /** Progress lines (phases), e.g. the bench's log. */
  log?: (line: string) => void;
}

export const defaultScenario: Omit<ScenarioOptions, 'label' | 'design'> = {
  scale: 20,
  counters: 5,
  salesPerMinute: 4,
  warmUpMinutes: 2,
  steadyMinutes: 10,
  outageMinutes: 30,
  maxDrainMinutes: 60,
  dianTailMinutes: 5,
  stampDelaySeconds: 20,
  lookupEverySeconds: 30,
  pullEveryMinutes: 5,
  listIntervalSeconds: 45,
  seedSize: { customers: 2_000, products: 1_000 },
  seed: 26,
};

export interface PhaseRequests {
  /** Every request the sandbox received, 429s included. */
  total: number;
  status429: number;
  /** Non-429 answers: what the company's budget admitted. */
  admitted: number;
  kinds: KindCounts;
}

export interface CounterSteady {
  counter: number;
  invoicesCreated: number;
  requests: PhaseRequests;
}

export interface ScenarioResult {
  label: string;
  design: CounterDesign;
  options: Omit<ScenarioOptions, 'log' | 'design' | 'label'>;
  /** `eventLoopBusy`: as the drain's, below. */
  steady: { perCounter: CounterSteady[]; invoicesCreated: number; requests: PhaseRequests; eventLoopBusy: number };
  drain: {
    /** Siigo ms from the line's return until every invoice queued before it was sent. */
    ms: number;
    /** false: the drain was given up at maxDrainMinutes. */
    finished: boolean;
    backlog: number;
    /** Of the backlog, those Siigo refused (needs attention) rather than took. */
    refused: number;
    /** Siigo ms the admitted requests need at 100 per Siigo minute. */
    floorMs: number;
    requests: PhaseRequests;
    /** 429s by counter (Partner-Id). */
    status429ByCounter: number[];
    /** The limiters' allowance over the drain, if the limiter reports one (the adaptive limiter). */
    allowance: { min: number; median: number; max: number; sumMedian: number } | null;
    /**
     * Share of the drain's wall time this process's event loop was busy (every counter and the
     * sandbox share it). Near 1, the counters' own CPU, multiplied by the scale into Siigo time,
     * is what slows the drain, not the budget: run at a lower scale.
     */
    eventLoopBusy: number;
  };
  /**
   * Siigo seconds from the sandbox's DIAN answer to the counter knowing it, per electronic invoice,
   * less the part of that time the line was down (nobody can know an answer during an outage).
   */
  dianKnownAfterS: number[];
  /**
   * The same by when the answer came: answered and known before the outage (steady state);
   * answered before the outage but known only after the return; answered after the return.
   */
  dianKnownAfterSByPhase: { steady: number[]; acrossOutage: number[]; afterReturn: number[] };
  /** Sent electronic invoices whose answer the counter still did not know at the end. */
  dianUnknown: number;
  /** Siigo seconds each cashier look-up made during the drain waited in its counter's limiter. */
  lookupWaitS: number[];
  /**
   * The same look-ups' whole time outside HTTP (limiter, back-off, the bridge's serialisation and
   * event-loop delays, all scaled into Siigo time): an upper bound of the wait.
   */
  lookupOutsideHttpS: number[];
  lookupFailures: number;
  sales: { queued: number; refusedByValidation: number };
  /** Sales or passes that failed unawaited (e.g. cut by the end of the run). */
  unexpectedFailures: number;
  pullErrors: number;
  wallSeconds: number;
}

interface Sale {
  documentId: string;
  operationId: string;
  counter: Counter;
}

const ACTIVE_STATES = ['queued', 'retrying', 'sending'] as const;

/** The operations of `counter` still to send (keys only: the poll must cost the counters little). */
async function activeOperations(counter: Counter): Promise<Set<string>> {
  return new Set((await counter.db.outbox.where('state').anyOf(ACTIVE_STATES).primaryKeys()) as string[]);
}

const summarizeRequests = (entries: readonly RequestLogEntry[], probes: number): PhaseRequests => {
  const status429 = entries.filter((e) => e.status === 429).length;
  return { total: entries.length, status429, admitted: entries.length - status429, kinds: countKinds(entries, probes) };
};

/**
 * Five counters of one company (by default), each a PC with its own database, limiter, outbox and
 * mirror, against ONE sandbox holding Siigo's 100 requests a minute for the whole company:
 * steady sales online, an outage while sales go on into each outbox, then the line returns while
 * sales continue. Every time is Siigo time, run `scale` times faster.
 */
export async function runCountersScenario(options: ScenarioOptions): Promise<ScenarioResult> {
  const wallStarted = performance.now();
  const log = options.log ?? (() => {});
  const clock: ScaledClock = scaledClock(options.scale);
  // A few DIAN rejections, decided by the invoice's total so a run repeats.
  const rejects = (document: { total: number }) => Math.round(document.total) % 29 === 0;
  const sandbox: Sandbox = await startSandbox({
    port: 0,
    seed: options.seed,
    size: options.seedSize,
    seedInvoices: false,
    rateLimit: { requests: 100, windowMs: 60_000 },
    now: () => new Date(clock.now()),
    stamp: { delayMs: options.stampDelaySeconds * 1000, reject: rejects },
    requestLogLimit: Infinity,
  });
  const counters: Counter[] = [];
  const timers: Array<ReturnType<typeof setInterval> | ReturnType<typeof setTimeout>> = [];
  try {
    for (let number = 1; number <= options.counters; number += 1) {
      counters.push(
        startCounter({ sandbox, number, clock, design: options.design, pullIntervalMs: options.pullEveryMinutes * 60_000 }),
      );
    }
    const probes = new Map(counters.map((c) => [c, () => c.probeAttempts()] as const));
    // Each counter's first mirror, one after the other (not measured). Today's limiter does not
    // know the others spent the company's minute, so a pull may run out of retries: it resumes
    // where it stopped once the minute has passed.
    for (const counter of counters) {
      for (let attempt = 1; ; attempt += 1) {
        try {
          await counter.mirror.pull({ forceCatalogs: true });
          break;
        } catch (error) {
          if (attempt >= 5) throw error;
          await clock.sleep(60_000);
        }
      }
    }
    log(`${options.label}: ${counters.length} counters synced their first mirror`);

    const products = sellableProducts(sandbox);
    const buyers = sandbox.store.customers.filter((c) => c.active && c.contacts.length > 0);
    const random = seeded(options.seed);
    const sales: Sale[] = [];
    let refusedByValidation = 0;
    /** Failures nobody awaits (a sale or a pass cut by the end of the run); counted, never thrown. */
    let unexpectedFailures = 0;
    const noteFailure = () => {
      unexpectedFailures += 1;
    };
    let phase: 'steady' | 'outage' | 'drain' | 'tail' = 'steady';
    const sell = async (counter: Counter) => {
      const buyer = buyers[Math.floor(random() * buyers.length)]!;
      const { body } = invoiceBody(buyer, products, random, colombiaToday(new Date(clock.now())), DEMO_IDS.documentTypes.fvElectronic);
      const result = await counter.outbox.queue({ kind: 'invoice', body: { ...body, stamp: { send: true } }, summary: {} });
      if (result.ok) sales.push({ documentId: result.documentId, operationId: result.operationId, counter });
      else refusedByValidation += 1;
    };
    const lookupWaitS: number[] = [];
    const lookupOutsideHttpS: number[] = [];
    let lookupFailures = 0;
    const lookUp = async (counter: Counter) => {
      const identification = buyers[Math.floor(random() * buyers.length)]!.identification;
      const httpBefore = counter.interactiveHttpMs();
      const limiterBefore = counter.interactiveLimiterWaitMs();
      const started = performance.now();
      const during = phase;
      try {
        await counter.bridge.invoke('customers:list', { identification }, { priority: 'interactive' });
      } catch {
        if (during === 'drain') lookupFailures += 1;
        return;
      }
      const outsideHttpMs = performance.now() - started - (counter.interactiveHttpMs() - httpBefore);
      if (during === 'drain' && phase === 'drain') {
        lookupWaitS.push(clock.toSiigoMs(counter.interactiveLimiterWaitMs() - limiterBefore) / 1000);
        lookupOutsideHttpS.push(clock.toSiigoMs(Math.max(0, outsideHttpMs)) / 1000);
      }
    };

    // Start every counter as the app starts: outbox (restores, first pass) and pull scheduler.
    await Promise.all(counters.map((c) => c.outbox.start()));
    counters.forEach((c) => c.pulls.start());
    const saleEveryMs = 60_000 / options.salesPerMinute;
    const lookupEveryMs = options.lookupEverySeconds * 1000;
    let selling = true;
    counters.forEach((counter, index) => {
      // Counters staggered within one interval, as cashiers are not in step.
      const offset = (index / counters.length) * saleEveryMs;
      timers.push(
        setTimeout(() => {
          if (selling) void sell(counter).catch(noteFailure);
          timers.push(setInterval(() => selling && void sell(counter).catch(noteFailure), clock.toRealMs(saleEveryMs)));
        }, clock.toRealMs(offset)),
      );
      let looking = false;
      timers.push(
        setInterval(() => {
          // Offline, a cashier's look-up fails at once (nothing to measure); one at a time per counter.
          if (looking || phase === 'outage' || phase === 'tail') return;
          looking = true;
          void lookUp(counter).finally(() => {
            looking = false;
          });
        }, clock.toRealMs(lookupEveryMs)),
      );
    });

    // Steady state, once the start-up's pulls and first passes are behind (and, for today's
    // design, the company's minute the first syncs spent has passed).
    await clock.sleep(options.warmUpMinutes * 60_000);
    const steadyFrom = sandbox.requestCount();
    const steadyProbes = new Map(counters.map((c) => [c, probes.get(c)!()] as const));
    log(`${options.label}: steady state, ${options.steadyMinutes} Siigo minutes`);
    const steadyElu = nodePerformance.eventLoopUtilization();
    await clock.sleep(options.steadyMinutes * 60_000);
    const steadyBusy = nodePerformance.eventLoopUtilization(steadyElu).utilization;
    const steadyEntries = sandbox.requestsSince(steadyFrom);
    const perCounter: CounterSteady[] = counters.map((c) => {
      const own = steadyEntries.filter((e) => e.partnerId === c.partnerId);
      const requests = summarizeRequests(own, probes.get(c)!() - steadyProbes.get(c)!);
      const invoicesCreated = own.filter((e) => e.method === 'POST' && e.path === '/v1/invoices' && e.status === 201).length;
      return { counter: c.number, invoicesCreated, requests };
    });
    const steadyProbeTotal = counters.reduce((sum, c) => sum + probes.get(c)!() - steadyProbes.get(c)!, 0);
    const steady = {
      perCounter,
      invoicesCreated: perCounter.reduce((sum, c) => sum + c.invoicesCreated, 0),
      requests: summarizeRequests(steadyEntries, steadyProbeTotal),
      eventLoopBusy: steadyBusy,
    };

    // The outage: sales go on into each outbox.
    phase = 'outage';
    const outageFrom = clock.now();
    counters.forEach((c) => c.offline());
    log(`${options.label}: outage, ${options.outageMinutes} Siigo minutes`);
    await clock.sleep(options.outageMinutes * 60_000);

    // The line returns; each counter reacts as the app does on reconnecting.
    phase = 'drain';
    const activeAtReturn = new Map<Counter, Set<string>>();
    for (const c of counters) activeAtReturn.set(c, await activeOperations(c));
    const backlog = sales.filter((s) => activeAtReturn.get(s.counter)!.has(s.operationId));
    const drainFrom = sandbox.requestCount();
    const probesAtReturn = counters.reduce((sum, c) => sum + probes.get(c)!(), 0);
    const returnedAt = clock.now();
    counters.forEach((c) => {
      c.online();
      c.pulls.reconnected();
      void c.outbox.trigger().catch(noteFailure);
    });
    log(`${options.label}: line back, draining ${backlog.length} invoices queued before it`);
    let pending = backlog;
    const allowances: number[] = [];
    /** The counters' allowances added up, per poll: how much of the company's 100 they claim together. */
    const allowanceSums: number[] = [];
    const deadline = returnedAt + options.maxDrainMinutes * 60_000;
    // Every Siigo second, but not more often than 4 times a real second: the poll's own CPU would
    // otherwise be scaled into the counters' time.
    const pollMs = Math.max(1_000, clock.toSiigoMs(250));
    const elu = nodePerformance.eventLoopUtilization();
    while (pending.length > 0 && clock.now() < deadline) {
      await clock.sleep(pollMs);
      const now = counters.map((c) => c.limiter.snapshot().allowance);
      allowances.push(...now);
      allowanceSums.push(now.reduce((sum, a) => sum + a, 0));
      const active = new Map<Counter, Set<string>>();
      for (const c of counters) active.set(c, await activeOperations(c));
      pending = pending.filter((s) => active.get(s.counter)!.has(s.operationId));
    }
    const drainMs = clock.now() - returnedAt;
    const drainBusy = nodePerformance.eventLoopUtilization(elu).utilization;
    let refused = 0;
    for (const c of counters) {
      const mine = backlog.filter((s) => s.counter === c);
      const rows = await c.db.documents.bulkGet(mine.map((s) => s.documentId));
      refused += rows.filter((row) => row?.state === 'needs_attention').length;
    }
    const drainEntries = sandbox.requestsSince(drainFrom);
    const drainProbes = counters.reduce((sum, c) => sum + probes.get(c)!(), 0) - probesAtReturn;
    const drainRequests = summarizeRequests(drainEntries, drainProbes);
    selling = false;
    phase = 'tail';
    log(`${options.label}: drained in ${(drainMs / 60_000).toFixed(1)} Siigo minutes${pending.length > 0 ? ` (given up, ${pending.length} left)` : ''}`);

    // Tail: sales stopped; wait for the DIAN answers of what was sent.
    const tailDeadline = clock.now() + options.dianTailMinutes * 60_000;
    const electronicSent = async () => {
      const rows = await Promise.all(counters.map(async (c) => ({ counter: c, rows: (await c.db.documents.where('kind').equals('invoice').toArray()).filter((r) => r.siigo !== null) })));
      return rows.flatMap(({ counter, rows: list }) => list.map((row) => ({ counter, row })));
    };
    const settled = async () => {
      for (const c of counters) if ((await c.db.stampWatch.count()) > 0 || (await activeOperations(c)).size > 0) return false;
      return true;
    };
    while (clock.now() < tailDeadline && !(await settled())) await clock.sleep(Math.max(5_000, clock.toSiigoMs(500)));
    const dianKnownAfterS: number[] = [];
    const dianKnownAfterSByPhase = { steady: [] as number[], acrossOutage: [] as number[], afterReturn: [] as number[] };
    let dianUnknown = 0;
    for (const { counter, row } of await electronicSent()) {
      const internal = sandbox.store.invoiceInternal.get(row.siigo!.id);
      const known = counter.dianKnownAt.get(row.id);
      if (!internal) continue;
      if (!known) {
        dianUnknown += 1;
        continue;
      }
      const answeredAt = internal.createdMs + options.stampDelaySeconds * 1000;
      const offlineMs = Math.max(0, Math.min(known.at, returnedAt) - Math.max(answeredAt, outageFrom));
      const after = Math.max(0, known.at - answeredAt - offlineMs) / 1000;
      dianKnownAfterS.push(after);
      if (known.at < outageFrom) dianKnownAfterSByPhase.steady.push(after);
      else if (answeredAt < outageFrom) dianKnownAfterSByPhase.acrossOutage.push(after);
      else if (answeredAt >= returnedAt) dianKnownAfterSByPhase.afterReturn.push(after);
    }
    const allowance =
      allowances.length > 0
        ? { min: Math.min(...allowances), median: percentile(allowances, 50), max: Math.max(...allowances), sumMedian: percentile(allowanceSums, 50) }
        : null;
    const { log: _log, design: _design, label: _label, ...plain } = options;
    return {
      label: options.label,
      design: options.design,
      options: plain,
      steady,
      drain: {
        ms: drainMs,
        finished: pending.length === 0,
        backlog: backlog.length,
        refused,
        floorMs: (drainRequests.admitted / 100) * 60_000,
        requests: drainRequests,
        status429ByCounter: counters.map((c) => drainEntries.filter((e) => e.partnerId === c.partnerId && e.status === 429).length),
        allowance,
        eventLoopBusy: drainBusy,
      },
      dianKnownAfterS,
      dianKnownAfterSByPhase,
      dianUnknown,
      lookupWaitS,
      lookupOutsideHttpS,
      lookupFailures,
      sales: { queued: sales.length, refusedByValidation },
      unexpectedFailures,
      pullErrors: counters.reduce((sum, c) => sum + c.pullErrors(), 0),
      wallSeconds: (performance.now() - wallStarted) / 1000,
    };
  } finally {
    timers.forEach((t) => clearTimeout(t));
    await Promise.all(counters.map((c) => c.close().catch(() => undefined)));
    await sandbox.close();
  }
}

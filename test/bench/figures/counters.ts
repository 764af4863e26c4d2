import type { CounterDesign } from '../counters/counter';
import { REQUEST_KINDS } from '../counters/request-kinds';
import { defaultScenario, runCountersScenario, type ScenarioOptions, type ScenarioResult } from '../counters/scenario';
import type { Row } from '../report';
import { percentile, round } from '../stats';

export type DesignName = 'today' | 'new' | 'new-unstated';

const LIST_INTERVAL_S = 45;

/** Today's design: each PC believes it owns the 100/min; one GET per invoice for its DIAN status. */
const DESIGNS: Record<DesignName, { label: string; design: CounterDesign }> = {
  today: { label: "today's design", design: { adaptive: false, startingShare: 1, checkBy: 'each', listIntervalMs: LIST_INTERVAL_S * 1000 } },
  new: { label: 'new design (5 counters stated in Ajustes)', design: { adaptive: true, startingShare: 5, checkBy: 'list', listIntervalMs: LIST_INTERVAL_S * 1000 } },
  'new-unstated': { label: 'new design, no share stated', design: { adaptive: true, startingShare: 1, checkBy: 'list', listIntervalMs: LIST_INTERVAL_S * 1000 } },
};

export interface CountersFigureOptions extends Partial<Omit<ScenarioOptions, 'label' | 'design'>> {
  /** Which designs run, in order; `today` is the comparison. Default all three. */
  designs?: DesignName[];
}

const perInvoice = (r: ScenarioResult, n: number) => (r.steady.invoicesCreated > 0 ? n / r.steady.invoicesCreated : Number.NaN);
/** Requests per electronic invoice in steady state: everything a counter sent but the cashiers' look-ups. */
const requestsPerInvoice = (r: ScenarioResult) => perInvoice(r, r.steady.requests.total - r.steady.requests.kinds.lookups);
const drainRatio = (r: ScenarioResult) => (r.drain.floorMs > 0 ? r.drain.ms / r.drain.floorMs : Number.NaN);
const share429 = (r: ScenarioResult) => (r.drain.requests.total > 0 ? (100 * r.drain.requests.status429) / r.drain.requests.total : 0);
const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? String(round(n, digits)) : '—');
const minutes = (ms: number) => `${fmt(ms / 60_000, 1)} min`;

/** "creation 1.00, status 3.20, probes 1.10, …" per electronic invoice, steady state. */
function splitPerInvoice(r: ScenarioResult): string {
  const kinds = r.steady.requests.kinds;
  return [...REQUEST_KINDS.filter((k) => k !== 'lookups'), 'probes' as const]
    .filter((k) => kinds[k] > 0)
    .map((k) => `${k} ${fmt(perInvoice(r, kinds[k]))}`)
    .join(', ');
}

function drainFacts(r: ScenarioResult): string {
  const k = r.drain.requests.kinds;
  return (
    `${r.drain.backlog} invoices queued before the return, drained in ${minutes(r.drain.ms)}${r.drain.finished ? '' : ' (GIVEN UP)'} against a floor of ${minutes(r.drain.floorMs)}; ` +
    `${r.drain.requests.admitted} requests admitted + ${r.drain.requests.status429} × 429 (creation ${k.creation}, status ${k.status}, probes ${k.probes}, pulls ${k.pulls}, catalogs ${k.catalogs}, look-ups ${k.lookups}, auth ${k.auth}, other ${k.other})`
  );
}

/**
 * The "several counters, one company" figures (issue 26): each design's whole scenario run once,
 * today's design first as the comparison; every row holds the new design's figure and names
 * today's in its note.
 */
export async function countersFigures(options: CountersFigureOptions = {}, log?: (line: string) => void): Promise<Row[]> {
  const { designs = ['today', 'new', 'new-unstated'], ...overrides } = options;
  const base = { ...defaultScenario, ...overrides };
  const results = new Map<DesignName, ScenarioResult>();
  for (const name of designs) {
    const { label, design } = DESIGNS[name];
    results.set(name, await runCountersScenario({ ...base, label, design, ...(log ? { log } : {}) }));
  }
  const today = results.get('today');
  const measured = results.get('new') ?? results.get('new-unstated') ?? today;
  if (!measured) return [];
  const unstated = results.get('new-unstated');
  const measuredIsNew = measured !== today;
  const scenario = `${base.counters} counters, ${base.outageMinutes}-min outage at ${base.salesPerMinute} electronic sales/min each`;
  const compare = (value: (r: ScenarioResult) => string) =>
    [
      ...(today && measuredIsNew ? [`today's design: ${value(today)}`] : []),
      ...(unstated && unstated !== measured ? [`new design without a stated share: ${value(unstated)}`] : []),
      ...(measuredIsNew ? [] : ['only today\'s design was run']),
    ].join('; ');
  const note = (...parts: string[]) => parts.filter(Boolean).join('; ');
  const detail = (pick: (r: ScenarioResult) => unknown) => Object.fromEntries([...results].map(([name, r]) => [name, pick(r)]));
  const rows: Row[] = [];

  const ratio = drainRatio(measured);
  const ratioPass = measured.drain.finished && ratio <= 1.15;
  rows.push({
    figure: `${scenario}: backlog drain ÷ the company's rate floor`,
    unit: '×',
    median: ratio,
    p95: ratio,
    value: ratio,
    goal: '≤ 1.15',
    pass: ratioPass,
    note: note(
      compare((r) => `${fmt(drainRatio(r))} ×`),
      `Siigo time scaled ${base.scale}×, event loop ${Math.round(measured.drain.eventLoopBusy * 100)} % busy during the drain${measured.drain.eventLoopBusy > 0.8 ? ' (CPU-bound: the counters\' own work, scaled, slows the drain; lower the scale)' : ''}`,
      ratioPass
        ? ''
        : `why: ${drainFacts(measured)}${measured.drain.allowance ? `; the counters' allowances added up to ${fmt(measured.drain.allowance.sumMedian, 0)} of the company's 100 per minute (median over the drain)` : ''}`,
    ),
    detail: detail((r) => ({ ratio: drainRatio(r), ...r.drain })),
  });

  const share = share429(measured);
  rows.push({
    figure: `${scenario}: 429 answers ÷ all requests, during the drain`,
    unit: '%',
    median: share,
    p95: share,
    value: share,
    goal: '≤ 1 %',
    pass: share <= 1,
    note: note(
      compare((r) => `${fmt(share429(r))} % (${r.drain.requests.status429} of ${r.drain.requests.total})`),
      share <= 1 ? '' : `why: 429s by counter ${measured.drain.status429ByCounter.join(', ')}; the limiters' allowance ${measured.drain.allowance ? `${fmt(measured.drain.allowance.min, 1)}–${fmt(measured.drain.allowance.max, 1)} (median ${fmt(measured.drain.allowance.median, 1)})` : 'not reported (no adaptive limiter in this build)'}`,
    ),
    detail: detail((r) => ({ share: share429(r), status429ByCounter: r.drain.status429ByCounter, allowance: r.drain.allowance })),
  });

  const perSale = requestsPerInvoice(measured);
  rows.push({
    figure: 'requests per electronic invoice, steady state (creation + status + share of pulls)',
    unit: '',
    median: perSale,
    p95: perSale,
    value: perSale,
    goal: '≤ 1.15',
    pass: perSale <= 1.15,
    note: note(
      compare((r) => fmt(requestsPerInvoice(r))),
      `${measured.steady.invoicesCreated} invoices in ${base.steadyMinutes} min, look-ups left out`,
      perSale <= 1.15 ? '' : `why, per invoice: ${splitPerInvoice(measured)}${today && measuredIsNew ? ` (today's: ${splitPerInvoice(today)})` : ''}`,
    ),
    detail: detail((r) => ({ perInvoice: requestsPerInvoice(r), steady: r.steady })),
  });

  const dian = measured.dianKnownAfterS;
  const dianP95 = percentile(dian, 95);
  const dianPass = dian.length > 0 && dianP95 <= 60 && measured.dianUnknown === 0;
  rows.push({
    figure: 'DIAN status known after Siigo accepted (Siigo time)',
    unit: 's',
    median: percentile(dian, 50),
    p95: dianP95,
    value: dianP95,
    goal: 'p95 ≤ 60',
    pass: dianPass,
    note: note(
      compare((r) => `p95 ${fmt(percentile(r.dianKnownAfterS, 95), 1)} s`),
      `${dian.length} electronic invoices, DIAN answering ${base.stampDelaySeconds} s after creation`,
      measured.dianUnknown > 0 ? `${measured.dianUnknown} sent invoices still without a known answer after a ${base.dianTailMinutes}-min tail` : '',
      dianPass ? '' : `why: p95 of answers known in steady state ${fmt(percentile(measured.dianKnownAfterSByPhase.steady, 95), 1)} s (${measured.dianKnownAfterSByPhase.steady.length}), of answers given before the outage and known after it ${fmt(percentile(measured.dianKnownAfterSByPhase.acrossOutage, 95), 1)} s (${measured.dianKnownAfterSByPhase.acrossOutage.length}), of answers given after the return ${fmt(percentile(measured.dianKnownAfterSByPhase.afterReturn, 95), 1)} s (${measured.dianKnownAfterSByPhase.afterReturn.length}); drain ${minutes(measured.drain.ms)}, and each pass of the outbox checks statuses only after its replay run (outbox-sync.ts pass()); status requests in steady state ${fmt(perInvoice(measured, measured.steady.requests.kinds.status))} per invoice; max ${fmt(Math.max(...dian, 0), 1)} s`,
    ),
    detail: detail((r) => ({
      p50: percentile(r.dianKnownAfterS, 50),
      p95: percentile(r.dianKnownAfterS, 95),
      max: Math.max(...r.dianKnownAfterS, 0),
      n: r.dianKnownAfterS.length,
      unknown: r.dianUnknown,
      steadyP95: percentile(r.dianKnownAfterSByPhase.steady, 95),
      acrossOutageP95: percentile(r.dianKnownAfterSByPhase.acrossOutage, 95),
      afterReturnP95: percentile(r.dianKnownAfterSByPhase.afterReturn, 95),
    })),
  });

  const waits = measured.lookupWaitS;
  const waitP95 = percentile(waits, 95);
  const waitPass = waits.length > 0 && waitP95 <= 2;
  rows.push({
    figure: "a cashier's online look-up during the drain: wait in the limiter (Siigo time)",
    unit: 's',
    median: percentile(waits, 50),
    p95: waitP95,
    value: waitP95,
    goal: 'p95 ≤ 2',
    pass: waitPass,
    note: note(
      compare((r) => `p95 ${fmt(percentile(r.lookupWaitS, 95), 1)} s`),
      `${waits.length} look-ups${measured.lookupFailures > 0 ? `, ${measured.lookupFailures} failed` : ''}`,
      `time outside HTTP (bridge and event loop included) p95 ${fmt(percentile(measured.lookupOutsideHttpS, 95), 1)} s`,
      waitPass ? '' : `why: ${measured.drain.requests.status429} × 429 during the drain (each pauses or shrinks that counter's limiter); max wait ${fmt(Math.max(...waits, 0), 1)} s`,
    ),
    detail: detail((r) => ({
      p50: percentile(r.lookupWaitS, 50),
      p95: percentile(r.lookupWaitS, 95),
      max: Math.max(...r.lookupWaitS, 0),
      n: r.lookupWaitS.length,
      failures: r.lookupFailures,
      outsideHttpP95: percentile(r.lookupOutsideHttpS, 95),
    })),
  });
  const runNote = [...results.values()].map((r) => `${r.label} ${Math.round(r.wallSeconds)} s wall, ${r.sales.queued} sales${r.sales.refusedByValidation ? ` (${r.sales.refusedByValidation} refused by validation)` : ''}${r.pullErrors ? `, ${r.pullErrors} failed pulls (offline ones included)` : ''}${r.unexpectedFailures ? `, ${r.unexpectedFailures} sales or passes failed unawaited` : ''}`).join('; ');
  for (const row of rows) row.detail = { ...(row.detail as object), runs: runNote, scenario: measured.options };
  return rows;
}

/** The scenario's size from the environment (see run-counters.ts); unset values keep the defaults. */
export function countersOptionsFromEnv(env: Record<string, string | undefined>): CountersFigureOptions {
  const number = (name: string): number | undefined => {
    const text = env[name];
    if (text === undefined || text === '') return undefined;
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${text}"`);
    return value;
  };
  const entries: Array<[keyof CountersFigureOptions, number | undefined]> = [
    ['scale', number('COUNTERS_SCALE')],
    ['counters', number('COUNTERS_N')],
    ['steadyMinutes', number('COUNTERS_STEADY_MIN')],
    ['outageMinutes', number('COUNTERS_OUTAGE_MIN')],
    ['salesPerMinute', number('COUNTERS_SALES_PER_MIN')],
  ];
  const options: CountersFigureOptions = Object.fromEntries(entries.filter(([, v]) => v !== undefined));
  const customers = number('COUNTERS_CUSTOMERS');
  const products = number('COUNTERS_PRODUCTS');
  if (customers !== undefined || products !== undefined) {
    options.seedSize = { customers: customers ?? defaultScenario.seedSize.customers, products: products ?? defaultScenario.seedSize.products };
  }
  const designs = env['COUNTERS_DESIGNS'];
  if (designs) {
    const names = designs.split(',').map((d) => d.trim());
    const unknown = names.filter((d) => !(d in DESIGNS));
    if (unknown.length > 0) throw new Error(`COUNTERS_DESIGNS: unknown design ${unknown.join(', ')} (known: ${Object.keys(DESIGNS).join(', ')})`);
    options.designs = names as DesignName[];
  }
  return options;
}

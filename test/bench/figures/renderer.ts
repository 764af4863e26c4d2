import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { Sandbox } from '../../../src-main/siigo-sandbox';
import type { RateLimitConfig } from '../../../src-main/siigo';
import { lookupExpectation, lookupMix, searchMix } from '../queries';
import { cpuMeter, waitForQuiet, type CpuUse } from '../cpu';
import type { Row } from '../report';
import { percentile, round, runsNote, summarize, summarizeRuns } from '../stats';
import { call } from './bench-page';
import { companyDatabaseName, DEMO_COMPANY_ID } from '../../../src-shared/company';

/** The demo company's database (the bench's preview runs in demo mode): the first sync fills it, so the app itself then opens 150k rows. */
export const APP_DB = companyDatabaseName(DEMO_COMPANY_ID);

export async function totalsFigure(page: Page): Promise<Row[]> {
  const runs = await call(page, 'timeTotals', 10_000, 20);
  const s = summarize(runs.slice(2)); // two warm-up runs (JIT) left out
  return [{ figure: 'totals for 10,000 random carts', unit: 'ms', median: s.median, p95: s.p95, value: s.p95, goal: 'p95 ≤ 100 ms', pass: s.p95 <= 100 }];
}

/** `syncFloorMs`: the first sync's rate-limit floor, when it ran, to set the raw write against. */
export async function importFigure(page: Page, syncFloorMs?: number): Promise<Row[]> {
  await call(page, 'loadData');
  const ratios: number[] = [];
  const detail: Record<string, unknown>[] = [];
  // Pairs (BENCH_IMPORT_PAIRS, default 1): the raw and the mirror's writes of the same rows, page by page.
  const pairs = Number(process.env['BENCH_IMPORT_PAIRS'] ?? 1);
  for (let pair = 0; pair < pairs; pair += 1) {
    const { raw, mirror } = await call(page, 'rawAndImportWrites', 'bench-raw', 'bench-import');
    const perSegment = mirror.segmentMs.map((ms, i) => (raw.segmentMs[i] ?? Number.NaN) / ms).filter(Number.isFinite);
    ratios.push(...perSegment);
    detail.push({
      rawMs: round(raw.totalMs, 0),
      rawRowsPerSecond: round((raw.rows / raw.totalMs) * 1000, 0),
      importRowsPerSecond: round((mirror.rows / mirror.totalMs) * 1000, 0),
      ratio: round(raw.totalMs / mirror.totalMs, 3),
    });
  }
  const overall = detail.map((d) => d['ratio'] as number);
  const s = summarize(ratios);
  const value = percentile(overall, 50);
  return [
    {
      figure: 'import write rate with every index ÷ raw bulk write',
      unit: '×',
      median: s.median,
      p95: percentile(ratios, 5), // the low tail is the bad side of a ratio
      value,
      goal: '≥ 0.80',
      pass: value >= 0.8,
      note:
        'p95 column = 5th percentile of 10k-row segments' +
        (syncFloorMs === undefined ? '' : `; the raw write alone takes ${round((detail[0]?.['rawMs'] as number) / 1000, 1)} s = ${round((detail[0]?.['rawMs'] as number) / syncFloorMs, 2)} × the first sync's floor`),
      detail: { runs: detail },
    },
  ];
}

/** Runs `run` in a second Chromium with a fresh profile (see run.ts). */
export type FreshBrowser = <T>(run: (page: Page, context: BrowserContext) => Promise<T>) => Promise<T>;

/**
 * The first sync `runs` times, then its two halves alone: the same requests without storing (what
 * the limiter and the fetching reach) and the same rows stored without requests (what this
 * machine's IndexedDB takes for them with both cores to itself). Every run but the last, and the
 * store-only run, go to a fresh browser profile: with their rows kept in the app's origin each
 * run was slower than the one before (1.36, 1.46, 1.66 x), and deleting them keeps the origin's
 * LevelDB compacting under what follows. The last run fills the app's own database for the
 * figures after this one.
 */
export async function firstSyncFigure(
  page: Page,
  context: BrowserContext,
  sandbox: Sandbox,
  rate: RateLimitConfig,
  runs: number,
  inFreshBrowser: FreshBrowser,
): Promise<Row[]> {
  const sync = async (syncPage: Page, syncContext: BrowserContext) => {
    const before = sandbox.requestCount();
    const meter = await cpuMeter(syncContext);
    const result = await call(syncPage, 'firstSync', APP_DB);
    const cpu = await meter();
    const requests = sandbox.requestsSince(before);
    const needed = requests.filter((r) => r.status === 200 && r.method === 'GET').length;
    const floorMs = (needed / rate.requests) * rate.windowMs;
    const status429 = requests.filter((r) => r.status === 429).length;
    return { ...result, ratio: result.ms / floorMs, requests: requests.length, needed, floorMs, status429, cpu };
  };
  const synced = [];
  for (let run = 1; run <= runs; run += 1) {
    synced.push(run === runs ? await sync(page, context) : await inFreshBrowser(sync));
    await waitForQuiet(context);
  }
  const { summary: s, ratios, median } = summarizeRuns(synced);
  const fetchCpu = await cpuMeter(context);
  const fetched = await call(page, 'fetchOnly');
  const fetchUse = await fetchCpu();
  const stored = await inFreshBrowser(async (storePage, storeContext) => {
    await call(storePage, 'loadData');
    await waitForQuiet(storeContext);
    const meter = await cpuMeter(storeContext);
    const result = await call(storePage, 'storeOnly', 'bench-store-only');
    return { ...result, cpu: await meter() };
  });
  const share = (use: CpuUse) => `machine ${Math.round(use.machineBusy * 100)} % busy, Chromium's browser process (IndexedDB's storage) ${use.chromiumS['browser'] ?? 0} CPU s`;
  // The app's own overhead is what the goal holds: the slower of the two floors (requests at
  // the limit, or this machine storing the same rows without any request) is the bound.
  const boundMs = Math.max(median.floorMs, stored.ms);
  const overBound = synced.map((run) => run.ms / Math.max(run.floorMs, stored.ms));
  const o = summarize(overBound);
  const value = percentile(overBound, 50);
  return [
    {
      figure: `first sync of ${median.customers + median.products} rows ÷ max(rate floor, same rows stored without requests)`,
      unit: '×',
      median: o.median,
      p95: o.p95,
      value,
      goal: '≤ 1.15',
      pass: value <= 1.15,
      note:
        `runs ${overBound.map((r) => round(r, 2)).join(', ')} ×; ÷ the rate floor alone: ${runsNote(ratios)} (median ${round(s.median, 2)} ×); median run: ${round(median.ms / 1000, 1)} s for ${median.needed} requests at ${rate.requests}/${rate.windowMs} ms (floor ${round(median.floorMs / 1000, 1)} s), ${share(median.cpu)}; ` +
        `the same requests without storing: ${round(fetched.ms / median.floorMs, 2)} × the floor, ${share(fetchUse)}; ` +
        `the same rows stored without requests: ${round(stored.ms / 1000, 1)} s = ${round(stored.ms / median.floorMs, 2)} × the floor, ${share(stored.cpu)}; bound ${round(boundMs / 1000, 1)} s`,
      detail: { runs: synced, floorMs: median.floorMs, boundMs, fetchOnly: { ...fetched, cpu: fetchUse }, storeOnly: stored },
    },
  ];
}

/** `label`: the mirror's size as the figures name it. */
export async function searchFigures(page: Page, sandbox: Sandbox, label = '150k rows', db = APP_DB): Promise<Row[]> {
  const mix = searchMix(sandbox);
  // Twice: the first load after the sync may also compact the segments it finds.
  await call(page, 'timeIndexLoad', db);
  const load = await call(page, 'timeIndexLoad', db);
  await call(page, 'timeQueries', db, mix.slice(0, 100)); // warm-up: JIT
  const timed = [];
  for (let round = 0; round < 3; round += 1) timed.push(...(await call(page, 'timeQueries', db, mix)));
  const all = timed.map((t) => t.ms);
  const s = summarize(all);
  const groups: Record<string, ReturnType<typeof summarize>> = {};
  for (const group of [...new Set(timed.map((t) => t.group.replace(/-\d+$/, (m) => (t.group.startsWith('words') ? m : ''))))]) {
    groups[group] = summarize(timed.filter((t) => t.group.startsWith(group)).map((t) => t.ms));
  }
  const empty = timed.filter((t) => t.results === 0).length;
  const lookups = lookupMix(sandbox);
  const looked = [];
  for (let round = 0; round < 3; round += 1) looked.push(...(await call(page, 'timeQueries', db, lookups)));
  const l = summarize(looked.map((t) => t.ms));
  // Rounds repeat the mix in order: the i-th answer is for lookups[i % length].
  const shouldFind = lookupExpectation(sandbox);
  const missed = looked.filter((t) => t.results === 0).length;
  const wrong = looked.filter((t, i) => (t.results > 0) !== shouldFind(lookups[i % lookups.length]!)).length;
  const lookupNote = `${missed} of ${looked.length} found nothing${
    wrong === 0
      ? ', each one an inactive product or a customer of another branch office in the seed'
      : `; ${wrong} answers differ from the seed (found where it has nothing, or the reverse): a look-up bug`
  }`;
  return [
    {
      figure: `search, 1,000-query mix × 3 (${label})`,
      unit: 'ms',
      median: s.median,
      p95: s.p95,
      value: s.p95,
      goal: 'p95 ≤ 8 ms',
      pass: s.p95 <= 8,
      note: `in-memory indexes load in ${round(load.ms, 0)} ms at start (${load.segments} segments; longest task ${round(Math.max(0, ...load.longTasks), 0)} ms)`,
      detail: { groups, emptyResults: empty, indexLoad: load },
    },
    { figure: `search, same mix: p99 (${label})`, unit: 'ms', median: s.median, p95: s.p95, value: s.p99, goal: 'p99 ≤ 16 ms', pass: s.p99 <= 16 },
    {
      figure: `exact look-up by code, barcode or identification (${label})`,
      unit: 'ms',
      median: l.median,
      p95: l.p95,
      value: l.p95,
      goal: 'p95 ≤ 2 ms',
      // A fast wrong answer is no pass.
      pass: l.p95 <= 2 && wrong === 0,
      note: lookupNote,
      detail: { ...l, missed, wrong },
    },
  ];
}

/** When the timers over 50 ms late fired, in seconds into the import: "; late at 12.3 s (61 ms), …". */
function lateNote(late: ReadonlyArray<{ atMs: number; lateMs: number }>, importMs: number): string {
  if (late.length === 0) return '';
  const shown = late.slice(0, 8).map((t) => `${round(t.atMs / 1000, 1)} s (${round(t.lateMs, 0)} ms)`);
  return `; over 50 ms late at ${shown.join(', ')}${late.length > 8 ? ', …' : ''} of the import's ${round(importMs / 1000, 1)} s`;
}

/**
 * Searching while the first import writes. `pace` unset: the import as fast as this machine
 * stores (the sandbox at the bench's raised limit), a stress beyond any counter's; `pace` set:
 * the import at Siigo's own limit (its first minute's burst included), for `pace.forMs`.
 */
export async function liveFigure(page: Page, sandbox: Sandbox, pace?: { label: string; forMs: number }): Promise<Row[]> {
  await call(page, 'dropData');
  const result = await call(page, 'searchDuringImport', 'bench-live', searchMix(sandbox, 1000, 9), 20, pace?.forMs);
  const s = summarize(result.timed.map((t) => t.ms));
  const longest = Math.max(0, ...result.longTasks);
  const during = pace ? ` (${pace.label})` : '';
  const imported = `${result.rows} rows imported in ${round(result.importMs / 1000, 1)} s`;
  return [
    {
      figure: `search while the first import writes${during}`,
      unit: 'ms',
      median: s.median,
      p95: s.p95,
      value: s.p95,
      goal: 'p95 ≤ 16 ms',
      pass: s.p95 <= 16,
      note: `${s.n} searches; ${imported}`,
      detail: { ...s, importMs: result.importMs, rows: result.rows },
    },
    {
      figure: `longest main-thread task during the import${during}`,
      unit: 'ms',
      median: longest,
      p95: longest,
      value: Math.max(longest, result.maxTimerLatenessMs),
      goal: 'none > 50 ms',
      pass: longest <= 50 && result.maxTimerLatenessMs <= 50,
      note: `${result.longTasks.length} long tasks; worst 5 ms-timer lateness ${round(result.maxTimerLatenessMs, 1)} ms${lateNote(result.lateTimers, result.importMs)}`,
    },
  ];
}

/**
 * The bench page's heap (the renderer's mirror and search code, after the first sync above)
 * while searching the mix round and round for `minutes`; sampled after a forced GC each minute.
 */
export async function heapFigure(page: Page, cdp: CDPSession, sandbox: Sandbox, minutes: number, limits = { goalMB: 150, label: 'the first sync', db: APP_DB }): Promise<Row[]> {
  await call(page, 'dropData');
  const mix = searchMix(sandbox, 1000, 13);
  const heapMB = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 ** 2;
  };
  const samples = [await heapMB()];
  let searches = 0;
  const slices = Math.max(1, Math.round(minutes));
  for (let slice = 0; slice < slices; slice += 1) {
    searches += await call(page, 'searchFor', limits.db, mix, (minutes * 60_000) / slices);
    samples.push(await heapMB());
  }
  const s = summarize(samples);
  const last = samples.at(-1) ?? Number.NaN;
  return [
    {
      figure: `renderer JS heap after ${limits.label} and ${minutes} min of searching`,
      unit: 'MB',
      median: s.median,
      p95: s.p95,
      value: s.max,
      goal: `≤ ${limits.goalMB} MB`,
      pass: s.max <= limits.goalMB,
      note: `${searches} searches; after GC, sampled each minute; last ${round(last, 1)} MB`,
      detail: { samples: samples.map((v) => round(v, 1)), searches, minutes },
    },
  ];
}

// The counters' scenario alone, without Chromium: `npx tsx test/bench/counters/run-counters.ts`.
// Prints the figures as the bench does; `npm run bench` runs the same as its step `counters`.
//
// Env (Siigo time; the defaults are the bench's full scenario, 3–4 wall minutes per design at 20×):
//   COUNTERS_SCALE (20), COUNTERS_N (5), COUNTERS_STEADY_MIN (10), COUNTERS_OUTAGE_MIN (30),
//   COUNTERS_SALES_PER_MIN (4), COUNTERS_DESIGNS (today,new,new-unstated),
//   COUNTERS_CUSTOMERS (2000), COUNTERS_PRODUCTS (1000).
// A short smoke run: COUNTERS_SCALE=60 COUNTERS_N=2 COUNTERS_STEADY_MIN=2 COUNTERS_OUTAGE_MIN=2
import { countersFigures, countersOptionsFromEnv } from '../figures/counters';
import { header, table } from '../report';

const log = (line: string) => console.log(`[counters ${new Date().toISOString().slice(11, 19)}] ${line}`);
const options = countersOptionsFromEnv(process.env);
const rows = await countersFigures(options, log);
console.log(`\n${table(rows, header())}\n`);
for (const row of rows) console.log(JSON.stringify({ figure: row.figure, detail: row.detail }));
process.exitCode = rows.every((r) => r.pass) ? 0 : 1;

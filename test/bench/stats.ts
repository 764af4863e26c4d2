/** Nearest-rank percentile (p in 0..100) of unsorted values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export interface Summary {
  n: number;
  median: number;
  p95: number;
  p99: number;
  max: number;
}

export function summarize(values: readonly number[]): Summary {
  return {
    n: values.length,
    median: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    max: values.length ? Math.max(...values) : Number.NaN,
  };
}

export const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

/** "3 runs: 1.02, 1.04, 1.01 ×": every run of a figure measured over whole runs, in run order. */
export const runsNote = (ratios: readonly number[]): string => `${ratios.length} run${ratios.length === 1 ? '' : 's'}: ${ratios.map((r) => r.toFixed(2)).join(', ')} ×`;

/** Whole runs of a figure: the summary of their ratios, the ratios in run order, and the run at the median. */
export function summarizeRuns<R extends { ratio: number }>(runs: readonly R[]): { summary: Summary; ratios: number[]; median: R } {
  const ratios = runs.map((r) => r.ratio);
  const summary = summarize(ratios);
  const median = runs.find((r) => r.ratio === summary.median) ?? runs[0];
  if (!median) throw new Error('summarizeRuns: no runs');
  return { summary, ratios, median };
}

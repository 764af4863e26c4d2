import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';
import type { CpuUse } from './cpu';
import { round } from './stats';

export interface Row {
  figure: string;
  unit: string;
  median: number;
  p95: number;
  /** The number held against the goal (a p95, a p99, a maximum, a ratio…). */
  value: number;
  /** e.g. "p95 ≤ 8". */
  goal: string;
  pass: boolean;
  note?: string;
  detail?: unknown;
  /** What the step that produced the figure used of the machine. */
  cpu?: CpuUse;
  /** The host speed check before that step (ms; see host-speed.ts). */
  hostCheckMs?: number;
}

export function header(): { cores: number; cpu: string; memoryGB: number; node: string; date: string } {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGB: round(totalmem() / 1024 ** 3, 1),
    node: process.version,
    date: new Date().toISOString(),
  };
}

const fmt = (n: number) => (Number.isFinite(n) ? String(round(n, n < 10 ? 2 : 1)) : '—');

export function table(rows: readonly Row[], meta: ReturnType<typeof header> & { hostSpeedCheckMs?: Record<string, number> }): string {
  const checks = Object.entries(meta.hostSpeedCheckMs ?? {}).map(([step, ms]) => `${step} ${ms}`);
  const lines = [
    `Machine: ${meta.cores} cores (${meta.cpu}), ${meta.memoryGB} GB, Node ${meta.node}, ${meta.date}`,
    ...(checks.length > 0 ? [`Host speed check (the same fixed CPU work before each step, ms, lower is faster): ${checks.join(', ')}`] : []),
    '',
    '| figure | median | p95 | value | goal | result |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.figure} | ${fmt(r.median)} ${r.unit} | ${fmt(r.p95)} ${r.unit} | ${fmt(r.value)} | ${r.goal} | ${r.pass ? 'pass' : 'FAIL'}${r.note ? ` (${r.note})` : ''} |`),
  ];
  return lines.join('\n');
}

export async function writeReport(path: string, rows: readonly Row[], meta: Record<string, unknown>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify({ ...meta, figures: rows }, null, 2));
}

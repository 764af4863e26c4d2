import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { BrowserContext, CDPSession } from 'playwright-core';

export interface CpuUse {
  wallS: number;
  /** Share of all cores' time spent busy, machine-wide (1 = every core saturated). */
  machineBusy: number;
  /**
   * Share of the cores' time the hypervisor gave to other guests ("steal", Linux only, else 0):
   * a figure measured while it is high measured the host, not the app.
   */
  machineStolen: number;
  /** CPU seconds of this Node process: the bench server, the main-process code it hosts and the sandbox. */
  nodeS: number;
  /** CPU seconds of Chromium's processes by type (browser, renderer, utility, gpu). */
  chromiumS: Record<string, number>;
}

function coreTimes() {
  let idle = 0;
  let total = 0;
  for (const core of cpus()) {
    idle += core.times.idle;
    total += core.times.idle + core.times.user + core.times.nice + core.times.sys + core.times.irq;
  }
  return { idle, total };
}

/** The steal and total jiffies of all cores from /proc/stat; zeros where there is none. */
function stealTimes(): { steal: number; total: number } {
  try {
    const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
    return { steal: fields[7] ?? 0, total: fields.slice(0, 8).reduce((a, b) => a + b, 0) };
  } catch {
    return { steal: 0, total: 0 };
  }
}

async function chromiumTimes(session: CDPSession | null): Promise<Map<string, number>> {
  const byType = new Map<string, number>();
  if (!session) return byType;
  const { processInfo } = await session.send('SystemInfo.getProcessInfo');
  for (const p of processInfo) byType.set(p.type, (byType.get(p.type) ?? 0) + p.cpuTime);
  return byType;
}

/**
 * Where a step's CPU went: with two cores shared by the sandbox (Siigo's side), the bench server
 * (main's side) and Chromium (renderer and storage), a figure bound by CPU, not by the app's
 * waiting, shows up here as a machine busy close to 1.
 */
export async function cpuMeter(context: BrowserContext): Promise<() => Promise<CpuUse>> {
  const browser = context.browser();
  const session = browser ? await browser.newBrowserCDPSession() : null;
  const started = performance.now();
  const cores = coreTimes();
  const steal = stealTimes();
  const node = process.cpuUsage();
  const chromium = await chromiumTimes(session);
  return async () => {
    const after = await chromiumTimes(session);
    const coresAfter = coreTimes();
    const stealAfter = stealTimes();
    const nodeUse = process.cpuUsage(node);
    await session?.detach();
    const chromiumS: Record<string, number> = {};
    for (const [type, seconds] of after) chromiumS[type] = Math.round((seconds - (chromium.get(type) ?? 0)) * 10) / 10;
    const total = coresAfter.total - cores.total;
    const jiffies = stealAfter.total - steal.total;
    return {
      wallS: Math.round((performance.now() - started) / 100) / 10,
      machineBusy: total > 0 ? Math.round((1 - (coresAfter.idle - cores.idle) / total) * 100) / 100 : Number.NaN,
      machineStolen: jiffies > 0 ? Math.round(((stealAfter.steal - steal.steal) / jiffies) * 100) / 100 : 0,
      nodeS: Math.round((nodeUse.user + nodeUse.system) / 1e5) / 10,
      chromiumS,
    };
  };
}

/**
 * Waits until Chromium's processes have been idle (under 5 % of a core each second, three seconds
 * running) or `maxMs` has passed; returns how long it waited. Chromium's storage keeps compacting
 * what a step wrote long after the step ends (one LevelDB for the whole origin), and a figure
 * measured in that wake would be charged for the previous step's writes.
 */
export async function waitForQuiet(context: BrowserContext, maxMs = 180_000): Promise<number> {
  const browser = context.browser();
  if (!browser) return 0;
  const session = await browser.newBrowserCDPSession();
  const started = performance.now();
  const total = async () => [...(await chromiumTimes(session)).values()].reduce((a, b) => a + b, 0);
  let quietSeconds = 0;
  let last = await total();
  while (quietSeconds < 3 && performance.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = await total();
    quietSeconds = now - last < 0.05 ? quietSeconds + 1 : 0;
    last = now;
  }
  await session.detach();
  return performance.now() - started;
}

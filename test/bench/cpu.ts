import { cpus } from 'node:os';
import type { BrowserContext, CDPSession } from 'playwright-core';

export interface CpuUse {
  wallS: number;
  /** Share of all cores' time spent busy, machine-wide (1 = every core saturated). */
  machineBusy: number;
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
  const node = process.cpuUsage();
  const chromium = await chromiumTimes(session);
  return async () => {
    const after = await chromiumTimes(session);
    const coresAfter = coreTimes();
    const nodeUse = process.cpuUsage(node);
    await session?.detach();
    const chromiumS: Record<string, number> = {};
    for (const [type, seconds] of after) chromiumS[type] = Math.round((seconds - (chromium.get(type) ?? 0)) * 10) / 10;
    const total = coresAfter.total - cores.total;
    return {
      wallS: Math.round((performance.now() - started) / 100) / 10,
      machineBusy: total > 0 ? Math.round((1 - (coresAfter.idle - cores.idle) / total) * 100) / 100 : Number.NaN,
      nodeS: Math.round((nodeUse.user + nodeUse.system) / 1e5) / 10,
      chromiumS,
    };
  };
}

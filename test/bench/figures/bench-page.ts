import type { Page } from 'playwright-core';
import type { BenchApi } from '../page/main';

type Fn = keyof BenchApi;

/** Calls `window.bench[name](...args)` in the bench page and returns its (serialisable) result. */
export function call<K extends Fn>(page: Page, name: K, ...args: Parameters<BenchApi[K]>): Promise<Awaited<ReturnType<BenchApi[K]>>> {
  return page.evaluate(
    ([fn, list]) => {
      const bench = (window as unknown as { bench: Record<string, (...a: unknown[]) => unknown> }).bench;
      return bench[fn]!(...list) as never;
    },
    [name, args] as [string, unknown[]],
  ) as Promise<Awaited<ReturnType<BenchApi[K]>>>;
}

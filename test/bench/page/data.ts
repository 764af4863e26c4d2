import type { Customer, Product } from '../../../src-shared/siigo';

export interface BenchData {
  customers: Customer[];
  products: Product[];
}

let cached: BenchData | null = null;

/** The sandbox's seed records as Siigo's list endpoints return them, dumped by the runner. */
export async function loadData(): Promise<{ customers: number; products: number }> {
  const manifest = (await (await fetch('/bench-data/manifest.json')).json()) as { customers: string[]; products: string[] };
  const read = async <T>(files: string[]) => (await Promise.all(files.map(async (f) => (await (await fetch(`/bench-data/${f}`)).json()) as T[]))).flat();
  cached = { customers: await read<Customer>(manifest.customers), products: await read<Product>(manifest.products) };
  return { customers: cached.customers.length, products: cached.products.length };
}

export function benchData(): BenchData {
  if (!cached) throw new Error('loadData() first');
  return cached;
}

/** Drops the rows, so the heap figure measures the app's state, not the bench's copy. */
export function dropData(): void {
  cached = null;
}

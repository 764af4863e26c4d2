import { createPrng } from '../../src-main/siigo-sandbox/prng';

/** The sandbox's deterministic PRNG as a bare `() => number`: the same data, faults and query mixes run after run. */
export function seeded(seed: number): () => number {
  return createPrng(seed).next;
}

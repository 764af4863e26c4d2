/** What request handlers and domain operations share: the data, the clock and id generation. */
import type { Prng } from '../prng';
import type { SandboxStore } from './store';

export type StampedKind = 'invoice' | 'credit-note';

export interface StampRejectInput {
  /** Which kind of document the DIAN is deciding on. */
  kind: StampedKind;
  id: string;
  name: string;
  customerIdentification: string;
  total: number;
}

export interface SandboxContext {
  store: SandboxStore;
  now: () => Date;
  /** Deterministic ids for documents created through the API. */
  ids: Prng;
  /** Base URL of the running server (no trailing slash), for `_links` and `public_url`. */
  baseUrl: () => string;
  stamp: { delayMs: number; reject: (document: StampRejectInput) => boolean };
}

export const nowIso = (ctx: SandboxContext): string => ctx.now().toISOString();

import { z } from 'zod';

/**
 * Every way a call to Siigo can fail, as the app needs to tell them apart:
 * - offline: no route to Siigo (DNS, refused, reset before any response). Safe to queue and retry later.
 * - timeout: no answer in time. For a write, whether it landed is unknown.
 * - cancelled: the caller aborted.
 * - rate_limited: 429 after the client's own retries.
 * - server: 5xx after retries (retryable later).
 * - auth: bad credentials or a token Siigo refuses after one re-login.
 * - rejected: Siigo refused the request (4xx with its error body). Retrying unchanged will fail again.
 * - invalid_response: Siigo answered with something our schemas do not accept.
 * - invalid_input: we refused to send it (our own validation, e.g. a malformed Partner-Id).
 * - unknown_outcome: a write without Idempotency-Key whose response was lost; the caller must look
 *   the document up before sending it again. Also any failure between the window and main (the
 *   bridge itself broke): whether the call reached Siigo is not known.
 * - wrong_company: nothing was sent: the call was for another company than the one connected.
 */
export const failureKinds = [
  'offline',
  'timeout',
  'cancelled',
  'rate_limited',
  'server',
  'auth',
  'rejected',
  'invalid_response',
  'invalid_input',
  'unknown_outcome',
  'wrong_company',
] as const;
export type FailureKind = (typeof failureKinds)[number];

/** One entry of Siigo's `Errors[]` array, as carried across the bridge. */
export const siigoErrorEntrySchema = z.object({
  Code: z.string(),
  Message: z.string(),
  Params: z.array(z.string()).optional(),
  Detail: z.string().optional(),
});
export type SiigoErrorEntry = z.infer<typeof siigoErrorEntrySchema>;

/** A failure as it crosses the bridge: plain data, no stack, never a secret. */
export const failureSchema = z.object({
  kind: z.enum(failureKinds),
  message: z.string(),
  status: z.number().int().optional(),
  retryable: z.boolean(),
  errors: z.array(siigoErrorEntrySchema).default([]),
});
export type Failure = z.infer<typeof failureSchema>;

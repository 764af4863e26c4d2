import type { z } from 'zod';
import type { SiigoErrorEntry } from '../../src-shared/failure';
import { siigoErrorBodySchema } from '../../src-shared/siigo';
import { InvalidResponseError } from './errors';
import type { SecretScrubber } from './secret-scrubber';

/** Parses a 2xx body as JSON and checks it against `schema`; any mismatch is invalid_response. */
export function parseSuccessBody<T>(text: string, schema: z.ZodType<T>, what: string): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InvalidResponseError(`Siigo's answer to ${what} is not JSON.`);
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const where = first ? formatIssuePath(first.path) : '(root)';
  const extra = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more problems)` : '';
  throw new InvalidResponseError(
    `Siigo's answer to ${what} does not have the expected shape at ${where}: ${first?.message ?? 'invalid'}${extra}.`,
  );
}

/** `['results', 3, 'name']` → `results[3].name`; the root is `(root)`. */
export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/**
 * Siigo's `Errors[]` from an error body, scrubbed of secrets. Unparseable bodies give [] (the
 * status code still tells the story); entries are never invented.
 */
export function extractErrorEntries(text: string, scrubber: SecretScrubber): SiigoErrorEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  const parsed = siigoErrorBodySchema.safeParse(json);
  if (!parsed.success) return [];
  return parsed.data.Errors.map((e) => {
    const entry: SiigoErrorEntry = { Code: scrubber.scrub(e.Code), Message: scrubber.scrub(e.Message) };
    if (e.Params) entry.Params = e.Params.map((p) => scrubber.scrub(p));
    if (e.Detail !== undefined) entry.Detail = scrubber.scrub(e.Detail);
    return entry;
  });
}

/** A short, safe summary of Siigo's entries for an error message: `code: message; ...`. */
export function summarizeEntries(entries: SiigoErrorEntry[]): string {
  if (entries.length === 0) return '';
  const shown = entries.slice(0, 3).map((e) => (e.Message ? `${e.Code}: ${e.Message}` : e.Code));
  const more = entries.length > 3 ? `; and ${entries.length - 3} more` : '';
  return ` ${shown.join('; ')}${more}`;
}

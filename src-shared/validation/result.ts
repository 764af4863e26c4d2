/**
 * The outcome of validating a document before it is queued. Every problem is reported at once
 * (a cashier fixes a draft in one pass, not one error per attempt), each with the Siigo error
 * code it prevents, so the UI and the logs speak the same language as Siigo's error bodies.
 */
export type IssuePath = Array<string | number>;

export interface ValidationIssue {
  /** Where in the body, e.g. ['items', 1, 'quantity']. */
  path: IssuePath;
  /** The Siigo error code this problem would cause, e.g. 'invalid_total_payments'. */
  code: string;
  /** Spanish (Colombia), naming the field in the cashier's words. */
  message: string;
}

export type ValidationResult = { ok: true } | { ok: false; issues: ValidationIssue[] };

/** Accumulates issues while the validators walk a body. */
export class IssueList {
  readonly issues: ValidationIssue[] = [];

  add(path: IssuePath, code: string, message: string): void {
    this.issues.push({ path: [...path], code, message });
  }

  get size(): number {
    return this.issues.length;
  }

  /** Copies another list's issues under a path prefix (e.g. a customer nested in an invoice). */
  addAll(prefix: IssuePath, issues: readonly ValidationIssue[]): void {
    for (const issue of issues) this.add([...prefix, ...issue.path], issue.code, issue.message);
  }

  result(): ValidationResult {
    return this.issues.length === 0 ? { ok: true } : { ok: false, issues: [...this.issues] };
  }
}

/** Siigo-style dotted path ("items[2].quantity"), as Siigo writes it in an error's `Params`. */
export function siigoParam(path: IssuePath): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}

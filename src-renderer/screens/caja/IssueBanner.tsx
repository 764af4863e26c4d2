import type { ValidationIssue } from '../../../src-shared/validation';

/** A refusal the storage gave (another window opened or closed the session meanwhile), as an issue. */
export function problemOf(error: unknown): ValidationIssue {
  return { path: [], code: 'error', message: error instanceof Error ? error.message : String(error) };
}

/** Problems not tied to one field, above the form's buttons. */
export function IssueBanner({ issues }: { issues: readonly ValidationIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <div className="error-banner" role="alert">
      {issues.map((issue, i) => (
        <p key={i}>{issue.message}</p>
      ))}
    </div>
  );
}

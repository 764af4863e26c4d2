import type { ValidationIssue } from '../../../src-shared/validation';

/** Refusals not shown next to a field (customer, receipt type…), listed above the button. */
export function IssueList({ issues }: { issues: readonly ValidationIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <div role="alert" className="error-banner">
      <strong>No se pudo registrar:</strong>
      <ul>
        {issues.map((issue, i) => (
          <li key={i}>{issue.message}</li>
        ))}
      </ul>
    </div>
  );
}

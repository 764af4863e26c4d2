import { useCallback, useState } from 'react';
import type { ValidationIssue } from '../../src-shared/validation';
import { standingIssues } from './issues';

interface Reported {
  issues: readonly ValidationIssue[];
  /** The body the issues are about, as it was checked. */
  checked: unknown;
}

const NONE: Reported = { issues: [], checked: undefined };

/**
 * A form's issues from its last check, shown only while they still apply: `report` keeps them
 * with the body that was checked, and `issues` drops each one whose field has changed since
 * (see `standingIssues`). Every field of every form clears its message the same way, as soon as
 * it is edited, without each field having to know. `bodyNow` builds the body from what is on
 * screen; it runs only while there are issues to weigh.
 */
export function useIssues(bodyNow: () => unknown) {
  const [reported, setReported] = useState<Reported>(NONE);
  const report = useCallback((issues: readonly ValidationIssue[], checked: unknown) => setReported({ issues, checked }), []);
  const clear = useCallback(() => setReported(NONE), []);
  // The issue objects themselves are kept, so LineEditor's memoised rows compare them as equal.
  const issues = reported.issues.length === 0 ? reported.issues : standingIssues(reported.issues, reported.checked, bodyNow());
  return { issues, report, clear };
}

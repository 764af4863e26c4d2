import type { IssuePath, ValidationIssue } from '../../src-shared/validation';

/** Whether `path` starts with `prefix` (['items', 0] contains ['items', 0, 'price']). */
export function pathStartsWith(path: IssuePath, prefix: IssuePath): boolean {
  return prefix.every((part, i) => path[i] === part);
}

/** The messages of the issues at or under `prefix`, to show next to that field. */
export function messagesAt(issues: readonly ValidationIssue[], prefix: IssuePath): string[] {
  return issues.filter((issue) => pathStartsWith(issue.path, prefix)).map((issue) => issue.message);
}

/** Issues not under any of the prefixes a screen shows next to its fields: listed at the top. */
export function otherIssues(issues: readonly ValidationIssue[], shown: readonly IssuePath[]): ValidationIssue[] {
  return issues.filter((issue) => !shown.some((prefix) => pathStartsWith(issue.path, prefix)));
}

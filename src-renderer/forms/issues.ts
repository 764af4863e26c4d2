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

/** The value at `path` in a document body (undefined where the path leads nowhere). */
export function valueAt(body: unknown, path: IssuePath): unknown {
  let here = body;
  for (const part of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string | number, unknown>)[part];
  }
  return here;
}

const same = (a: unknown, b: unknown): boolean =>
  a === b || (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && JSON.stringify(a) === JSON.stringify(b));

/**
 * Whether the body still holds what the issue was about. A list that got shorter on the way
 * (a line or payment removed) moved its later elements to other indexes, so what is at the
 * issue's index may be another line's: such an issue does not stand either.
 */
function stillStands(issue: ValidationIssue, checked: unknown, now: unknown): boolean {
  for (let i = 0; i < issue.path.length; i++) {
    const before = valueAt(checked, issue.path.slice(0, i));
    const after = valueAt(now, issue.path.slice(0, i));
    if (Array.isArray(before) && Array.isArray(after) && after.length < before.length) return false;
  }
  return same(valueAt(checked, issue.path), valueAt(now, issue.path));
}

/**
 * The issues of a check that still apply to the body as it is now: each stands only while the
 * value at its path is the one that was checked, so a message goes as soon as its field is
 * changed (the next check says whether the new value is right). Issues about the whole document
 * (an empty path, e.g. an unexpected error) stay until the next check. Returns `issues` itself
 * when all stand, so memoised rows see the same array.
 */
export function standingIssues(issues: readonly ValidationIssue[], checked: unknown, now: unknown): readonly ValidationIssue[] {
  const kept = issues.filter((issue) => issue.path.length === 0 || stillStands(issue, checked, now));
  return kept.length === issues.length ? issues : kept;
}

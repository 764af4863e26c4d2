import type { KeyboardEvent } from 'react';

/**
 * Arrow-key movement through a result list whose entries carry `data-nav-item`: ↓/↑ move the
 * focus, Home/End jump, ↑ on the first entry returns to the search box (`data-nav-home` in the
 * same `data-nav-scope`). Enter is the focused button's own click, so it opens the entry.
 */
function items(scope: Element): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>('[data-nav-item]')];
}

export function moveFocus(from: HTMLElement, step: 1 | -1 | 'first' | 'last'): boolean {
  const scope = from.closest('[data-nav-scope]');
  if (!scope) return false;
  const list = items(scope);
  if (list.length === 0) return false;
  const index = list.indexOf(from);
  if (step === 'first' || (index === -1 && step === 1)) list[0]?.focus();
  else if (step === 'last') list[list.length - 1]?.focus();
  else if (index === 0 && step === -1) scope.querySelector<HTMLElement>('[data-nav-home]')?.focus();
  else list[Math.max(0, Math.min(list.length - 1, index + step))]?.focus();
  return true;
}

/** onKeyDown for the search box and the list entries of one `data-nav-scope`. */
export function onListKeyDown(event: KeyboardEvent<HTMLElement>): void {
  const target = event.target as HTMLElement;
  const inList = target.hasAttribute('data-nav-item');
  let moved = false;
  if (event.key === 'ArrowDown') moved = moveFocus(target, 1);
  else if (event.key === 'ArrowUp' && inList) moved = moveFocus(target, -1);
  else if (event.key === 'Home' && inList) moved = moveFocus(target, 'first');
  else if (event.key === 'End' && inList) moved = moveFocus(target, 'last');
  if (moved) event.preventDefault();
}

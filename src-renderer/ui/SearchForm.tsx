import type { ReactNode } from 'react';

/**
 * A search box's own form. Chrome tracks every edit of a text field for autofill and, for
 * fields outside any form, re-reads all of the page's unowned fields on each keystroke: with a
 * 40-line cart (three inputs a line) that made every scanned digit, and the product look-up
 * behind the Enter, wait longer the longer the sale grew. In a form of its own the box is read
 * alone. Enter never submits: the box's own key handler decides what Enter does. Its results
 * list drops below it (`.search-form` in forms.css).
 */
export function SearchForm({ className, children }: { className: string; children: ReactNode }) {
  return (
    <form className={`search-form ${className}`} role="search" onSubmit={(event) => event.preventDefault()}>
      {children}
    </form>
  );
}

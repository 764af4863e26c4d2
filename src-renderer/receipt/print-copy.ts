/**
 * How every printout is made: a copy of the drawn document becomes the body's only printed child
 * (the stylesheet that knows `rootId` hides everything else with `display: none`, so the app's own
 * height adds no blank paper), and an @page rule gives the sheet. The rule may measure the copy,
 * which is laid out by then (a roll receipt's length). Returns the undo, which removes both.
 */
export function mountPrintCopy(source: Element, ids: { root: string; pageStyle: string }, pageRule: (copy: Element | null) => string): () => void {
  document.getElementById(ids.root)?.remove();
  document.getElementById(ids.pageStyle)?.remove();
  const root = document.createElement('div');
  root.id = ids.root;
  root.setAttribute('aria-hidden', 'true');
  root.appendChild(source.cloneNode(true));
  document.body.appendChild(root);
  const style = document.createElement('style');
  style.id = ids.pageStyle;
  style.textContent = `@page { ${pageRule(root.firstElementChild)} }`;
  document.head.appendChild(style);
  return () => {
    root.remove();
    style.remove();
  };
}

/** The system's print dialog on a prepared page (`undo` from `mountPrintCopy`), undone afterwards. */
export function printWithDialog(undo: (() => void) | null): void {
  if (!undo) return;
  try {
    window.print();
  } finally {
    undo();
  }
}

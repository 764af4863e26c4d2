/** A keyboard shortcut as shown on screen, e.g. <Kbd>F9</Kbd>. */
export function Kbd({ children }: { children: string }) {
  return <kbd className="kbd">{children}</kbd>;
}

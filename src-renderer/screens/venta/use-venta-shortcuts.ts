import { useEffect, useRef } from 'react';

export interface VentaShortcuts {
  return(): void;
  customer(): void;
  payment(): void;
  confirm(): void;
  cancel(): void;
}

/**
 * F2 customer, F4 payment, F7 return (devolución), F9 confirm, Esc cancel, from anywhere on the screen. Ignored while
 * a dialog is open (the dialog handles its own keys). An Esc that a field used (clearing a
 * search) is stopped there and never gets here.
 */
export function useVentaShortcuts(handlers: VentaShortcuts): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      const action = { F2: 'customer', F4: 'payment', F7: 'return', F9: 'confirm', Escape: 'cancel' }[event.key] as keyof VentaShortcuts | undefined;
      if (!action) return;
      event.preventDefault();
      latest.current[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

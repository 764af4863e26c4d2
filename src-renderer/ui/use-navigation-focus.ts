import { useEffect, useState } from 'react';
import { useApp } from '../app/app-store';

/**
 * The record a master-detail screen has open. It starts as the one another screen navigated here
 * with (`go(screen, focusId)`, e.g. "Ver cartera" from a customer), and a later navigation with a
 * focus replaces whatever was opened by hand; a navigation without one keeps the current choice.
 * `focusId` is returned so the screen can leave the keyboard in its search box only when it was
 * opened without a record.
 */
export function useNavigationFocus() {
  const focusId = useApp((state) => state.navigation.focusId);
  const [selected, setSelected] = useState<string | null>(focusId ?? null);
  useEffect(() => {
    if (focusId) setSelected(focusId);
  }, [focusId]);
  return { focusId, selected, setSelected };
}

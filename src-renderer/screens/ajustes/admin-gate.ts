import { createContext, useContext } from 'react';

/**
 * What the sections inside Administración call when main refused a change because the PIN guard
 * is locked (the window's idle lock and main's can end at different moments): Administración
 * asks main again and shows itself locked, with `notice` (what was not done) if given.
 */
export const AdminGateContext = createContext<(notice?: string) => void>(() => undefined);

export const useAdminGate = () => useContext(AdminGateContext);

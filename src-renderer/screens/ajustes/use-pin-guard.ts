import { useEffect, useState } from 'react';
import { useApp } from '../../app/app-store';
import { useServices } from '../../app/services';
import { adminRefusal, pinProblem, refusalText } from './admin-pin';

/**
 * For an action of the window an administrator must authorise when a PIN is set (discarding a
 * document, closing a cash session with a difference): whether to ask for it, and main's check
 * of what was typed. This guard lives in the window only (the data is this PC's database); what
 * main must protect (the connection, the administrator's settings) main enforces itself.
 */
export function usePinGuard() {
  const { bridge } = useServices();
  const known = useApp((state) => state.settings?.admin?.pinSet);
  const [asked, setAsked] = useState<boolean | null>(null);

  /**
   * Main's answer when the shell has not read the settings yet. A main that cannot answer may
   * still have a PIN: the PIN is asked for (and main's check of it decides), never skipped.
   */
  const askMain = () =>
    Promise.resolve()
      .then(() => bridge.invoke('admin:status', undefined))
      .then(
        (status) => status.pinSet,
        () => true,
      );

  useEffect(() => {
    if (known !== undefined) return;
    let live = true;
    void askMain().then((pinSet) => live && setAsked(pinSet));
    return () => {
      live = false;
    };
  }, [bridge, known]);

  return {
    /** Whether the PIN is asked for; null while main is being asked. */
    required: known ?? asked,
    /** Whether a PIN is needed now, asking main if not known yet; once known, `required` says so too (the form shows the field). */
    async needed(): Promise<boolean> {
      const now = known ?? asked;
      if (now !== null) return now;
      const pinSet = await askMain();
      setAsked(pinSet);
      return pinSet;
    },
    /** Null when main accepted the PIN, else what to tell the cashier (wrong PIN, wait…). */
    async check(pin: string): Promise<string | null> {
      const problem = pinProblem(pin);
      if (problem) return problem;
      try {
        await bridge.invoke('admin:verify', { pin });
        return null;
      } catch (error) {
        // Main has no PIN after all (asked while it could not answer, or removed since): nothing to authorise.
        if (adminRefusal(error)?.code === 'admin_no_pin') {
          setAsked(false);
          return null;
        }
        return refusalText(error);
      }
    },
  };
}

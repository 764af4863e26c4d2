import { useEffect, useState } from 'react';
import { useApp } from '../../app/app-store';
import { useServices } from '../../app/services';
import { pinProblem, refusalText } from './admin-pin';

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

  /** Main's answer when the shell has not read the settings yet; a main that cannot answer has nothing to check a PIN with. */
  const askMain = () =>
    Promise.resolve()
      .then(() => bridge.invoke('admin:status', undefined))
      .then(
        (status) => status.pinSet,
        () => false,
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
    /** Whether a PIN is needed now, asking main if not known yet. */
    needed: async (): Promise<boolean> => known ?? asked ?? (await askMain()),
    /** Null when main accepted the PIN, else what to tell the cashier (wrong PIN, wait…). */
    async check(pin: string): Promise<string | null> {
      const problem = pinProblem(pin);
      if (problem) return problem;
      try {
        await bridge.invoke('admin:verify', { pin });
        return null;
      } catch (error) {
        return refusalText(error);
      }
    },
  };
}

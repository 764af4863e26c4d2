import { useEffect, useRef, useState } from 'react';
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
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);

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

  const guard = {
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

  return {
    ...guard,
    /** The props of the form's `PinField`: what is typed, main's refusal, the field to focus. */
    field: {
      ref: fieldRef,
      value: text,
      error,
      onChange: (value: string) => {
        setText(value);
        setError(null);
      },
    },
    /**
     * Main's check of the PIN typed, when one is needed: true when the action may go on. The PIN
     * typed is not kept once main has answered; a refusal is shown under the field, focused.
     */
    async authorise(): Promise<boolean> {
      if (!(await guard.needed())) return true;
      const refused = await guard.check(text);
      setText('');
      setError(refused);
      if (refused) fieldRef.current?.focus();
      return refused === null;
    },
    /** Forgets what was typed and any refusal (the form went back a step). */
    reset() {
      setText('');
      setError(null);
    },
  };
}

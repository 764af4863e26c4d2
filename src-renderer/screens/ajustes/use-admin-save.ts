import { useState } from 'react';
import type { Failure } from '../../../src-shared/failure';
import { failureOf } from '../documentos/FailureExplanation';
import { useAdminGate } from './admin-gate';
import { isAdminFailure } from './SaveFailure';

/**
 * How a section of Administración saves: busy while main answers, main's refusal kept to show
 * (`SaveFailure`), and a refusal of the PIN guard shows Administración locked (the window's idle
 * lock and main's can end at different moments). `run` resolves true when the save went through.
 */
export function useAdminSave() {
  const relock = useAdminGate();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const run = async (save: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setFailure(null);
    try {
      await save();
      return true;
    } catch (error) {
      const found = failureOf(error);
      setFailure(found);
      if (isAdminFailure(found)) relock();
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, failure, setFailure, run };
}

import { useState } from 'react';
import type { JournalEntry } from '../../../src-shared/ipc/contract';
import type { ValidationIssue } from '../../../src-shared/validation';
import { useServices } from '../../app/services';
import type { MostradorDB } from '../../data/db';
import { problemOf } from './IssueBanner';

/**
 * Runs one of Caja's writes (open, cash in/out, close): busy while it runs, its refusal shown as
 * the form's problem, and the rows it wrote sent to main's journal (cash exists only on this PC,
 * see cash-journal.ts). True when it was written.
 */
export function useCashTask(onProblem: (issue: ValidationIssue) => void) {
  const { db, outbox } = useServices();
  const [busy, setBusy] = useState(false);
  const run = async (task: (db: MostradorDB) => Promise<JournalEntry[]>): Promise<boolean> => {
    setBusy(true);
    try {
      await outbox.journal(await task(db));
      return true;
    } catch (error) {
      onProblem(problemOf(error));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}

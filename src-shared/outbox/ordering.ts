import type { OperationState } from './states';

export interface Schedulable {
  id: string;
  state: OperationState;
  dependsOn: readonly string[];
  nextAttemptAt: number;
  createdAt: number;
}

/**
 * Operations that may be sent now, oldest first. An operation waits until every operation it
 * depends on is sent; a dependency that failed (needs attention, discarded) blocks only its own
 * dependents, never independent chains. Dependencies not in `all` are treated as sent (they
 * were pruned after landing).
 */
export function readyToSend<T extends Schedulable>(all: readonly T[], now: number): T[] {
  const byId = new Map(all.map((op) => [op.id, op]));
  const dependencyDone = (id: string) => {
    const dependency = byId.get(id);
    return dependency === undefined || dependency.state === 'sent';
  };
  return all
    .filter((op) => (op.state === 'queued' || op.state === 'retrying') && op.nextAttemptAt <= now)
    .filter((op) => op.dependsOn.every(dependencyDone))
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** Why an operation is waiting: the ids of unfinished dependencies (empty when none). */
export function waitingOn<T extends Schedulable>(op: T, all: readonly T[]): string[] {
  const byId = new Map(all.map((other) => [other.id, other]));
  return op.dependsOn.filter((id) => {
    const dependency = byId.get(id);
    return dependency !== undefined && dependency.state !== 'sent';
  });
}

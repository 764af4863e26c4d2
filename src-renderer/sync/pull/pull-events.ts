/** Progress of a pull, for the UI's "Sincronizando clientes 3.400 / 100.000". */

export type MirrorEntity = 'customers' | 'products' | 'catalogs';

export interface PullProgress {
  entity: MirrorEntity;
  /** `full`: first (or resumed) complete download; `incremental`: changes since the checkpoint. */
  phase: 'full' | 'incremental' | 'catalogs';
  /** Records (catalogs: lists) written so far in this phase, including pages written before a restart. */
  done: number;
  /** Records Siigo reported for this phase (grows if records are created during the pull). */
  total: number;
}

export type Listener<T> = (event: T) => void;

/** A minimal typed event emitter; a throwing listener never breaks the pull. */
export class Emitter<T> {
  private readonly listeners = new Set<Listener<T>>();

  on(listener: Listener<T>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: T): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // The UI's problem, not the pull's.
      }
    }
  }
}

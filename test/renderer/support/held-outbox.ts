import { createOutboxSync } from '../../../src-renderer/sync/outbox-sync';
import type { Harness } from './harness';

/**
 * The app's real outbox over the harness, held as "Pausar sincronización" holds it: documents are
 * validated, queued and journaled, and every pass a screen asks for is counted, but nothing is
 * sent (sending is tested in test/renderer/outbox). Timers never fire on their own.
 */
export function heldOutbox(h: Harness) {
  const passes: number[] = [];
  const outbox = createOutboxSync({
    db: h.db,
    bridge: h.bridge,
    timers: { set: () => null, clear: () => undefined },
    onStatus: (status) => {
      if (status.running) passes.push(Date.now());
    },
  });
  outbox.setPaused(true);
  return { outbox, passes };
}

import type { AttentionDocument, DianChange } from '../../src-shared/ipc/desktop';
import { planAttentionNotification, planDianNotifications, type NotificationSpec } from './notification-plan';
import { realTimers, type Timers } from './timers';

export interface NotificationQueueOptions {
  show: (notification: NotificationSpec) => void;
  /** How long to gather a burst before notifying (the stamp watch reports one change at a time). */
  windowMs?: number;
  timers?: Timers;
}

/**
 * Gathers DIAN changes and attention reports for a short window, then shows the coalesced
 * notifications: a replay that settles fifty invoices shows one notification, not fifty.
 */
export function createNotificationQueue(options: NotificationQueueOptions) {
  const timers = options.timers ?? realTimers;
  const windowMs = options.windowMs ?? 2_000;
  let changes: DianChange[] = [];
  let attention: AttentionDocument[] = [];
  let timer: unknown = null;

  function flush(): void {
    if (timer !== null) timers.clear(timer);
    timer = null;
    const plan = [...planDianNotifications(changes)];
    const attentionNotice = planAttentionNotification(attention);
    if (attentionNotice) plan.push(attentionNotice);
    changes = [];
    attention = [];
    for (const notification of plan) options.show(notification);
  }

  const arm = () => {
    timer ??= timers.set(flush, windowMs);
  };

  return {
    dian(batch: DianChange[]): void {
      changes.push(...batch);
      arm();
    },
    needsAttention(documents: AttentionDocument[]): void {
      attention.push(...documents);
      arm();
    },
    /** Shows what is gathered now (before quitting). */
    flush,
  };
}
export type NotificationQueue = ReturnType<typeof createNotificationQueue>;

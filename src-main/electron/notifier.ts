import { Notification } from 'electron';
import type { ShellCommand } from '../../src-shared/ipc/desktop';
import type { NotificationSpec } from '../desktop/notification-plan';
import { appIconPath } from './assets';

/**
 * Shows desktop notifications. Each one is kept referenced until closed: a garbage-collected
 * Notification loses its click handler.
 */
export function electronNotifier(onClick: (command: ShellCommand | null) => void) {
  const alive = new Set<Notification>();
  return (spec: NotificationSpec): void => {
    if (!Notification.isSupported()) return;
    const notification = new Notification({
      title: spec.title,
      body: spec.body,
      icon: appIconPath(),
      urgency: spec.urgency,
      silent: spec.urgency !== 'critical',
    });
    alive.add(notification);
    notification.on('click', () => onClick(spec.click));
    notification.on('close', () => alive.delete(notification));
    notification.show();
  };
}

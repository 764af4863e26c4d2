import { describe, expect, it } from 'vitest';
import type { DianChange, ShellCommand, ShellSyncStatus } from '../../../src-shared/ipc/desktop';
import { createBacklogTracker } from '../../../src-main/desktop/backlog-tracker';
import { planAttentionNotification, planDianNotifications, type NotificationSpec } from '../../../src-main/desktop/notification-plan';
import { createNotificationQueue } from '../../../src-main/desktop/notification-queue';
import { createShellController } from '../../../src-main/desktop/shell-controller';
import type { Timers } from '../../../src-main/desktop/timers';

const accepted = (n: number): DianChange => ({ documentId: `doc-${n}`, name: `FV-1-${n}`, status: 'Accepted', cufe: `cufe${n}`.padEnd(96, '0'), errors: [] });
const rejected = (n: number, error = 'Regla FAD06: NIT del adquiriente no válido'): DianChange => ({
  documentId: `doc-${n}`,
  name: `FV-1-${n}`,
  status: 'Rejected',
  cufe: null,
  errors: [error, 'otro error'],
});

/** Timers that only fire when the test says so. */
function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 0;
  const timers: Timers = {
    set: (fn) => {
      pending.set(++next, fn);
      return next;
    },
    clear: (handle) => pending.delete(handle as number),
  };
  return {
    timers,
    fire() {
      const due = [...pending.values()];
      pending.clear();
      for (const fn of due) fn();
    },
    get count() {
      return pending.size;
    },
  };
}

describe('DIAN notifications', () => {
  it('says which invoice the DIAN accepted', () => {
    const [only] = planDianNotifications([accepted(123)]);
    expect(only?.title).toBe('Factura FV-1-123 aceptada por la DIAN');
    expect(only?.click).toEqual({ command: 'open-document', documentId: 'doc-123' });
  });

  it('names a credit note and its CUDE, and counts a mixed burst as documents', () => {
    const note = { documentId: 'nc-7', kind: 'creditNote' as const, name: 'NC-1-7', status: 'Accepted' as const, cufe: 'a1b2c3d4e5f6a7b8c9d0', errors: [] };
    const [only] = planDianNotifications([note]);
    expect(only?.title).toBe('Nota crédito NC-1-7 aceptada por la DIAN');
    expect(only?.body).toBe('CUDE a1b2c3d4e5f6a7b8…');
    const [both] = planDianNotifications([note, accepted(125)]);
    expect(both?.title).toBe('2 documentos aceptados por la DIAN');
  });

  it('shows a rejection with its first error, and clicking opens that document', () => {
    const [only] = planDianNotifications([rejected(124)]);
    expect(only?.title).toBe('Factura FV-1-124 rechazada por la DIAN');
    expect(only?.body).toBe('Regla FAD06: NIT del adquiriente no válido');
    expect(only?.click).toEqual({ command: 'open-document', documentId: 'doc-124' });
    expect(only?.urgency).toBe('critical');
  });

  it('coalesces fifty acceptances arriving one by one into one notification', () => {
    const shown: NotificationSpec[] = [];
    const clock = manualTimers();
    const queue = createNotificationQueue({ show: (n) => shown.push(n), timers: clock.timers });
    for (let n = 1; n <= 50; n += 1) queue.dian([accepted(n)]);
    expect(shown).toHaveLength(0);
    expect(clock.count).toBe(1);
    clock.fire();
    expect(shown).toHaveLength(1);
    expect(shown[0]?.title).toBe('50 facturas aceptadas por la DIAN');
    expect(shown[0]?.body).toBe('FV-1-1, FV-1-2, FV-1-3 y 47 más');
  });

  it('keeps rejections apart from acceptances in a mixed burst, and counts a document once', () => {
    const plan = planDianNotifications([accepted(1), accepted(2), rejected(3), rejected(4), accepted(2)]);
    expect(plan.map((n) => n.title)).toEqual(['2 facturas rechazadas por la DIAN', '2 facturas aceptadas por la DIAN']);
    expect(plan[0]?.body).toContain('FV-1-3: Regla FAD06');
    expect(plan[0]?.click).toEqual({ command: 'show-attention' });
  });

  it('reports documents needing attention, one or many', () => {
    const one = planAttentionNotification([{ documentId: 'd1', name: 'FV-1-9', reason: 'El cliente no existe en Siigo' }]);
    expect(one?.title).toBe('1 documento necesita atención');
    expect(one?.click).toEqual({ command: 'open-document', documentId: 'd1' });
    const many = planAttentionNotification([
      { documentId: 'd1', name: null, reason: 'x' },
      { documentId: 'd2', name: 'RC-1-2', reason: 'y' },
    ]);
    expect(many?.title).toBe('2 documentos necesitan atención');
    expect(planAttentionNotification([])).toBeNull();
  });
});

const sync = (patch: Partial<ShellSyncStatus>): ShellSyncStatus => ({
  mode: 'siigo',
  reachable: true,
  running: false,
  pending: 0,
  needsAttention: 0,
  lastSuccessAt: null,
  lastReport: null,
  ...patch,
});

describe('backlog summary', () => {
  it('summarises a backlog built while offline once it has replayed', () => {
    const tracker = createBacklogTracker();
    expect(tracker.observe(sync({ reachable: false, pending: 3 }), false)).toBeNull();
    expect(tracker.observe(sync({ reachable: false, pending: 4 }), false)).toBeNull();
    expect(tracker.observe(sync({ running: true, pending: 4 }), false)).toBeNull();
    expect(tracker.observe(sync({ running: true, pending: 1, needsAttention: 1 }), false)).toBeNull();
    expect(tracker.observe(sync({ pending: 0, needsAttention: 1 }), false)).toEqual({ sent: 3, needsAttention: 1 });
    expect(tracker.observe(sync({ pending: 0, needsAttention: 1 }), false)).toBeNull();
  });

  it('does not summarise everyday single sends while online', () => {
    const tracker = createBacklogTracker();
    tracker.observe(sync({ pending: 1, running: true }), false);
    expect(tracker.observe(sync({ pending: 0 }), false)).toBeNull();
  });
});

describe('shell controller', () => {
  function controller() {
    const commands: ShellCommand[] = [];
    const notified: NotificationSpec[] = [];
    const trayStates: string[] = [];
    let paused = false;
    let quit = 0;
    let shown = 0;
    const clock = manualTimers();
    const shell = createShellController({
      tray: { update: (state) => trayStates.push(state.icon) },
      notify: (n) => notified.push(n),
      command: (c) => commands.push(c),
      showWindow: () => (shown += 1),
      quit: () => (quit += 1),
      paused: () => paused,
      setPaused: (next) => (paused = next),
      openExternal: async () => {},
      timers: clock.timers,
    });
    return { shell, commands, notified, trayStates, clock, counts: () => ({ quit, shown, paused }) };
  }

  it('turns the tray menu into commands for the window', () => {
    const { shell, commands, counts } = controller();
    shell.menu('sync-now');
    shell.menu('toggle-pause');
    shell.menu('toggle-pause');
    shell.menu('open');
    shell.menu('quit');
    expect(commands).toEqual([{ command: 'sync-now' }, { command: 'pause-sync' }, { command: 'resume-sync' }]);
    expect(counts()).toEqual({ quit: 1, shown: 1, paused: false });
  });

  it('prints silently only where the desktop can (the window falls back to the dialog)', async () => {
    const { shell } = controller();
    await expect(shell.print()).resolves.toBe(false);
    const desktop = createShellController({
      tray: { update: () => {} },
      notify: () => {},
      command: () => {},
      showWindow: () => {},
      quit: () => {},
      paused: () => false,
      setPaused: () => {},
      openExternal: async () => {},
      print: async () => true,
    });
    await expect(desktop.print()).resolves.toBe(true);
  });

  it('asks for a sync on wake unless paused', () => {
    const { shell, commands } = controller();
    shell.wake();
    shell.setPaused(true, 'window');
    shell.wake();
    expect(commands).toEqual([{ command: 'sync-now' }]);
  });

  it('updates the tray from sync reports and notifies the backlog summary', () => {
    const { shell, trayStates, notified } = controller();
    shell.syncStatus(sync({ reachable: false, pending: 2 }));
    shell.syncStatus(sync({ pending: 0 }));
    expect(trayStates).toEqual(['offline', 'synced']);
    expect(notified.map((n) => n.title)).toEqual(['Sincronización completa']);
    expect(notified[0]?.body).toBe('Se enviaron 2 documentos pendientes a Siigo.');
  });

  it('opens only allow-listed addresses', async () => {
    const { shell } = controller();
    expect(await shell.openExternal('https://catalogo-vpfe.dian.gov.co/document/searchqr?documentkey=abc')).toBe(true);
    expect(await shell.openExternal('https://evil.example/siigo.com')).toBe(false);
  });
});

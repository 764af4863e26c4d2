import { useCallback, useEffect, useRef, useState } from 'react';
import type { AdminStatus } from '../../../src-shared/ipc/desktop';
import { useServices } from '../../app/services';
import { AdminGateContext } from './admin-gate';
import { ADMIN_IDLE_MS, ADMIN_RENEW_MS, notePinStatus } from './admin-pin';
import { AdminLock } from './AdminLock';
import { AuditExport } from './AuditExport';
import { ConnectionSettings } from './ConnectionSettings';
import { CountersSharingSettings } from './CountersSharingSettings';
import { DefaultsSettings } from './DefaultsSettings';
import { PinSettings } from './PinSettings';
import { ReceiptSettings } from './ReceiptSettings';
import { SnapshotSection } from './SnapshotSection';

const LOCKED_BY_MAIN = 'Administración se bloqueó y el cambio no se guardó: desbloquee con el PIN y vuelva a guardar; lo que escribió sigue ahí.';

/**
 * Ajustes › Administración: the settings an administrator answers for. With a PIN set it opens
 * locked, unlocks with the PIN (checked by main, which also refuses these changes while locked),
 * and locks again on "Bloquear", on leaving Ajustes, or after `idleMs` (`ADMIN_IDLE_MS`) without
 * a key or a click. While someone works in it, the window tells main at most every `renewMs`
 * (`ADMIN_RENEW_MS`), which keeps main's own unlock from running out under them.
 */
export function AdminSettings({ idleMs = ADMIN_IDLE_MS, renewMs = ADMIN_RENEW_MS }: { idleMs?: number; renewMs?: number }) {
  const { bridge } = useServices();
  const [status, setStatus] = useState<AdminStatus | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  /**
   * Locked by the idle time or by main with the forms open: they stay mounted, hidden, so what
   * was typed waits for the PIN. "Bloquear" and a PIN change close them (the admin is done).
   */
  const [keepDrafts, setKeepDrafts] = useState(false);

  const show = useCallback((next: AdminStatus, text: string | null = null) => {
    setStatus(notePinStatus(next));
    setNotice(text);
    setKeepDrafts(false);
  }, []);

  const refresh = useCallback(() => {
    bridge.invoke('admin:status', undefined).then(
      (next) => setStatus(notePinStatus(next)),
      () => setFailed(true),
    );
  }, [bridge]);
  useEffect(refresh, [refresh]);
  /** Main refused a change because it had locked first: show the lock, and say why nothing was saved. */
  const lockedByMain = useCallback((text: string = LOCKED_BY_MAIN) => {
    setNotice(text);
    setKeepDrafts(true);
    refresh();
  }, [refresh]);

  const lock = useCallback(
    (text: string | null, keep = false) => {
      bridge.invoke('admin:lock', undefined).then(
        (next) => {
          show(next, text);
          setKeepDrafts(keep);
        },
        () => refresh(),
      );
    },
    [bridge, show, refresh],
  );

  const open = status !== null && status.pinSet && status.unlocked;
  useEffect(() => {
    if (!open) return;
    const idle = () => lock('Se bloqueó por inactividad: desbloquee con el PIN para seguir; lo que escribió sigue ahí.', true);
    let timer = setTimeout(idle, idleMs);
    let told = Date.now();
    /** Someone is working: main renews its unlock; if main had locked already, show it now, drafts kept. */
    const renew = () => {
      told = Date.now();
      bridge.invoke('admin:status', undefined).then(
        (next) => {
          if (next.unlocked) return;
          show(next, 'Administración se bloqueó: desbloquee con el PIN para seguir; lo que escribió sigue ahí.');
          setKeepDrafts(true);
        },
        () => undefined,
      );
    };
    const activity = () => {
      clearTimeout(timer);
      timer = setTimeout(idle, idleMs);
      if (Date.now() - told >= renewMs) renew();
    };
    window.addEventListener('keydown', activity, true);
    window.addEventListener('pointerdown', activity, true);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('keydown', activity, true);
      window.removeEventListener('pointerdown', activity, true);
    };
  }, [open, lock, idleMs, renewMs, bridge, show]);

  // Leaving Ajustes locks Administración: the next person at the counter finds it locked.
  const openNow = useRef(false);
  useEffect(() => {
    openNow.current = open;
  }, [open]);
  useEffect(
    () => () => {
      if (openNow.current) bridge.invoke('admin:lock', undefined).catch(() => undefined);
    },
    [bridge],
  );

  let body: React.ReactNode;
  if (status === null) {
    body = failed ? <p className="field-error" role="alert">No se pudo consultar si hay un PIN de administrador.</p> : <p className="muted">Consultando…</p>;
  } else {
    const locked = status.pinSet && !status.unlocked;
    // Fixed places in the tree: unlocking again finds the same forms, with what was typed.
    body = (
      <>
        {locked && <AdminLock onStatus={show} />}
        {(!locked || keepDrafts) && (
          <AdminGateContext.Provider value={lockedByMain}>
            <div className="admin-sections" hidden={locked}>
              <ConnectionSettings />
              <CountersSharingSettings />
              <DefaultsSettings />
              <ReceiptSettings />
              {!locked && <AuditExport />}
              {!locked && <SnapshotSection />}
              {!locked && <PinSettings pinSet={status.pinSet} onStatus={show} />}
            </div>
          </AdminGateContext.Provider>
        )}
      </>
    );
  }

  return (
    <section className="settings-part" aria-labelledby="admin-title">
      <div className="part-head">
        <h2 id="admin-title">Administración</h2>
        {status?.pinSet && <span className={`badge ${status.unlocked ? 'badge-warn' : 'badge-ok'}`}>{status.unlocked ? 'Desbloqueada' : 'Bloqueada'}</span>}
        {open && (
          <button type="button" className="btn" onClick={() => lock(null)}>
            Bloquear
          </button>
        )}
      </div>
      {notice && (
        <p className="ok" role="status">
          {notice}
        </p>
      )}
      {body}
    </section>
  );
}

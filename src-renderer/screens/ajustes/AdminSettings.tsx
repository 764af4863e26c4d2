import { useCallback, useEffect, useState } from 'react';
import type { AdminStatus } from '../../../src-shared/ipc/desktop';
import { useServices } from '../../app/services';
import { AdminGateContext } from './admin-gate';
import { ADMIN_IDLE_MS, notePinStatus } from './admin-pin';
import { AdminLock } from './AdminLock';
import { AuditExport } from './AuditExport';
import { ConnectionSettings } from './ConnectionSettings';
import { DefaultsSettings } from './DefaultsSettings';
import { PinSettings } from './PinSettings';
import { ReceiptSettings } from './ReceiptSettings';

/**
 * Ajustes › Administración: the settings an administrator answers for. With a PIN set it opens
 * locked, unlocks with the PIN (checked by main, which also refuses these changes while locked),
 * and locks again on "Bloquear" or after `idleMs` (`ADMIN_IDLE_MS`) without a key or a click.
 */
export function AdminSettings({ idleMs = ADMIN_IDLE_MS }: { idleMs?: number }) {
  const { bridge } = useServices();
  const [status, setStatus] = useState<AdminStatus | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  const show = useCallback((next: AdminStatus, text: string | null = null) => {
    setStatus(notePinStatus(next));
    setNotice(text);
  }, []);

  const refresh = useCallback(() => {
    bridge.invoke('admin:status', undefined).then(
      (next) => setStatus(notePinStatus(next)),
      () => setFailed(true),
    );
  }, [bridge]);
  useEffect(refresh, [refresh]);
  /** Main refused a change because it had locked first: show the lock, and say why nothing was saved. */
  const lockedByMain = useCallback(() => {
    setNotice('Administración se bloqueó y el cambio no se guardó: desbloquee con el PIN y vuelva a hacerlo.');
    refresh();
  }, [refresh]);

  const lock = useCallback(
    (text: string | null) => {
      bridge.invoke('admin:lock', undefined).then(
        (next) => show(next, text),
        () => refresh(),
      );
    },
    [bridge, show, refresh],
  );

  const open = status !== null && status.pinSet && status.unlocked;
  useEffect(() => {
    if (!open) return;
    const idle = () => lock('Se bloqueó por inactividad.');
    let timer = setTimeout(idle, idleMs);
    const activity = () => {
      clearTimeout(timer);
      timer = setTimeout(idle, idleMs);
    };
    window.addEventListener('keydown', activity, true);
    window.addEventListener('pointerdown', activity, true);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('keydown', activity, true);
      window.removeEventListener('pointerdown', activity, true);
    };
  }, [open, lock, idleMs]);

  let body: React.ReactNode;
  if (status === null) {
    body = failed ? <p className="field-error" role="alert">No se pudo consultar si hay un PIN de administrador.</p> : <p className="muted">Consultando…</p>;
  } else if (status.pinSet && !status.unlocked) {
    body = <AdminLock onStatus={show} />;
  } else {
    body = (
      <AdminGateContext.Provider value={lockedByMain}>
        <ConnectionSettings />
        <DefaultsSettings />
        <ReceiptSettings />
        <AuditExport />
        <PinSettings pinSet={status.pinSet} onStatus={show} />
      </AdminGateContext.Provider>
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

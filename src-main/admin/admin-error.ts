import type { Failure } from '../../src-shared/failure';

export type AdminErrorCode =
  | 'admin_locked'
  | 'admin_wrong_pin'
  | 'admin_wait'
  | 'admin_pin_format'
  | 'admin_no_pin'
  | 'admin_wrong_key'
  | 'admin_key_unchecked'
  | 'admin_no_account'
  | 'admin_pin_unreadable';

/**
 * A refusal of the administrator's PIN guard, in Spanish for the window. It never carries the PIN
 * or the access key typed: only what to do. Crosses the bridge as `invalid_input` (nothing was
 * sent to Siigo) with its code, which the window reads to show the message as it is.
 */
export class AdminError extends Error {
  constructor(
    readonly code: AdminErrorCode,
    message: string,
    /** admin_wait: seconds before another try is accepted. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'AdminError';
  }

  toFailure(): Failure {
    return { kind: 'invalid_input', message: this.message, retryable: false, errors: [{ Code: this.code, Message: this.message }] };
  }
}

export const lockedError = () =>
  new AdminError(
    'admin_locked',
    'Ajustes de administración bloqueados: un administrador debe pulsar “Desbloquear” en Ajustes › Administración y escribir el PIN. No se cambió nada.',
  );

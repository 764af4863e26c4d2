import type { Failure } from '../../src-shared/failure';

export type SnapshotErrorCode =
  | 'snapshot_clave_short'
  | 'snapshot_clave_mismatch'
  | 'snapshot_not_a_snapshot'
  | 'snapshot_newer_format'
  | 'snapshot_wrong_clave'
  | 'snapshot_damaged'
  | 'snapshot_truncated'
  | 'snapshot_other_company'
  | 'snapshot_session_gone'
  | 'snapshot_write_failed'
  | 'snapshot_read_failed';

/**
 * A refusal of a snapshot export or import, in Spanish for the window. It never carries the clave
 * or a path the window did not choose. Crosses the bridge as `invalid_input` (nothing was sent to
 * Siigo) with its code.
 */
export class SnapshotError extends Error {
  constructor(
    readonly code: SnapshotErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SnapshotError';
  }

  toFailure(): Failure {
    return { kind: 'invalid_input', message: this.message, retryable: false, errors: [{ Code: this.code, Message: this.message }] };
  }
}

export const snapshotErrors = {
  claveShort: (min: number) => new SnapshotError('snapshot_clave_short', `La clave debe tener al menos ${min} caracteres.`),
  notASnapshot: () =>
    new SnapshotError('snapshot_not_a_snapshot', 'Este archivo no es una base de Mostrador (.mostrador-base): elija el archivo que exportó la otra caja.'),
  newerFormat: () =>
    new SnapshotError('snapshot_newer_format', 'Este archivo lo hizo una versión más nueva de Mostrador: actualice esta caja para cargarlo.'),
  wrongClave: () => new SnapshotError('snapshot_wrong_clave', 'La clave no corresponde a este archivo.'),
  damaged: () =>
    new SnapshotError(
      'snapshot_damaged',
      'El archivo de la base está dañado o fue modificado: no se puede cargar. Exporte la base otra vez en la otra caja.',
    ),
  truncated: () =>
    new SnapshotError(
      'snapshot_truncated',
      'El archivo de la base está incompleto (¿se cortó al copiarlo?): no se puede cargar. Cópielo otra vez desde la otra caja.',
    ),
  sessionGone: () => new SnapshotError('snapshot_session_gone', 'La copia de la base se interrumpió: empiece otra vez.'),
  writeFailed: () =>
    new SnapshotError(
      'snapshot_write_failed',
      'No se pudo guardar el archivo de la base: revise que la carpeta o la memoria USB tenga espacio y que el archivo no esté abierto en otro programa.',
    ),
  readFailed: () => new SnapshotError('snapshot_read_failed', 'No se pudo leer el archivo de la base: revise que siga en su sitio (¿se retiró la memoria USB?).'),
};

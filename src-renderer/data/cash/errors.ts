/** Refused: this PC already has an open cash session (one drawer, one session). */
export class CashSessionOpenError extends Error {
  constructor(readonly openSessionId: string) {
    super('Ya hay una caja abierta en este equipo: ciérrela antes de abrir otra.');
    this.name = 'CashSessionOpenError';
  }
}

/** Refused: the session is closed (or unknown); a closed session is final, its Z report signed off. */
export class CashSessionClosedError extends Error {
  constructor(readonly sessionId: string) {
    super('Esta caja ya está cerrada: no se puede reabrir ni cambiar.');
    this.name = 'CashSessionClosedError';
  }
}

import type { AdminStatus } from '../../src-shared/ipc/desktop';
import { isUnreadablePin, type PinHash, type StoredPin } from '../settings/schema';
import { AdminError, lockedError } from './admin-error';
import { PIN_FORMAT, hashPin, verifyPin } from './pin-hash';

/** Where the PIN's hash is kept: main's settings document (`admin.pin`); read may find it damaged. */
export interface PinStore {
  read(): StoredPin | null;
  write(pin: PinHash | null): void;
}

/** Wrong PINs allowed in a row before a wait. */
export const TRIES_BEFORE_WAIT = 5;
/** The first wait; each further run of wrong PINs doubles it, up to `MAX_WAIT_MS`. */
export const FIRST_WAIT_MS = 30_000;
export const MAX_WAIT_MS = 15 * 60_000;
/**
 * How long Administración stays unlocked in main without a guarded change or a renewal (the
 * window renews it while someone works there). The window locks itself sooner (after a few idle
 * minutes); this bounds a window that never says so.
 */
export const UNLOCKED_FOR_MS = 10 * 60_000;

export interface AdminGuard {
  status(): AdminStatus;
  /** While unlocked, another `UNLOCKED_FOR_MS` (the window says someone is working in Administración); then the status. */
  renew(): AdminStatus;
  /** Checks the PIN and opens Administración for `UNLOCKED_FOR_MS` (renewed by each guarded change). */
  unlock(pin: string): Promise<AdminStatus>;
  /** Checks the PIN for one guarded action of the window; unlocks nothing. */
  verify(pin: string): Promise<void>;
  lock(): AdminStatus;
  /** Sets, changes (`current` required when one is set) or removes (`next` null) the PIN; then Administración is locked. */
  setPin(current: string | undefined, next: string | null): Promise<AdminStatus>;
  /** A forgotten (or damaged) PIN: removed when `proof` (the company's access key, checked by the caller) holds. Counts as a try. */
  reset(proof: () => Promise<boolean>): Promise<AdminStatus>;
  /** Throws `admin_locked` while a PIN is set and Administración is not unlocked; renews the unlock otherwise. */
  assertUnlocked(): void;
}

/** A PIN is set but its entry is damaged: nothing can be checked against it, so only the reset opens. */
const unreadableError = () =>
  new AdminError(
    'admin_pin_unreadable',
    'El PIN guardado en este equipo está dañado y no se puede comprobar. Quítelo en “¿Olvidó el PIN?” y ponga uno nuevo.',
  );

const waitText = (ms: number) => {
  const seconds = Math.ceil(ms / 1000);
  if (seconds === 1) return '1 segundo';
  if (seconds < 90) return `${seconds} segundos`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutos`;
};

/**
 * The administrator's PIN, enforced in main. Invariants: only a salted hash is stored; after
 * `TRIES_BEFORE_WAIT` wrong PINs (or access keys) in a row, nothing is checked until the wait is
 * over, whatever is typed, and tries are checked one at a time so parallel calls cannot slip
 * past the count; no message names the PIN typed. The unlock and the count of wrong tries live in
 * memory: a restart locks Administración again.
 */
export function createAdminGuard(store: PinStore, now: () => number = Date.now): AdminGuard {
  let unlockedUntil = 0;
  let wrongInARow = 0;
  let waitUntil = 0;
  let queue: Promise<unknown> = Promise.resolve();

  /** One check at a time, in arrival order. */
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const isUnlocked = () => store.read() === null || now() < unlockedUntil;

  const status = (): AdminStatus => {
    const waiting = waitUntil - now();
    return {
      pinSet: store.read() !== null,
      unlocked: isUnlocked(),
      retryAfterSeconds: waiting > 0 ? Math.ceil(waiting / 1000) : null,
    };
  };

  const waitError = (ms: number) =>
    new AdminError(
      'admin_wait',
      `Demasiados intentos equivocados. Espere ${waitText(ms)} y vuelva a intentarlo.`,
      Math.ceil(ms / 1000),
    );

  const refuseWhileWaiting = () => {
    const waiting = waitUntil - now();
    if (waiting > 0) throw waitError(waiting);
  };

  /** Counts a wrong try; the error to throw says how many are left before the wait, or the wait. */
  const wrongTry = (what: string): AdminError => {
    wrongInARow += 1;
    const left = TRIES_BEFORE_WAIT - (wrongInARow % TRIES_BEFORE_WAIT);
    if (left === TRIES_BEFORE_WAIT) {
      const runs = wrongInARow / TRIES_BEFORE_WAIT;
      const wait = Math.min(FIRST_WAIT_MS * 2 ** (runs - 1), MAX_WAIT_MS);
      waitUntil = now() + wait;
      return waitError(wait);
    }
    return new AdminError(
      what === 'pin' ? 'admin_wrong_pin' : 'admin_wrong_key',
      `${what === 'pin' ? 'PIN incorrecto.' : 'Esa no es la llave de acceso de la empresa conectada; el PIN sigue igual.'} ${
        left === 1 ? 'Queda 1 intento' : `Quedan ${left} intentos`
      } antes de tener que esperar.`,
    );
  };

  /** Throws unless `pin` is the PIN set; a right PIN clears the count of wrong ones. */
  const check = (pin: string) =>
    serial(async () => {
      const stored = store.read();
      if (!stored) throw new AdminError('admin_no_pin', 'No hay un PIN de administrador en este equipo.');
      if (isUnreadablePin(stored)) throw unreadableError();
      refuseWhileWaiting();
      if (!PIN_FORMAT.test(pin) || !(await verifyPin(pin, stored))) throw wrongTry('pin');
      wrongInARow = 0;
    });

  const formatProblem = (pin: string) =>
    PIN_FORMAT.test(pin) ? null : new AdminError('admin_pin_format', 'PIN nuevo: escriba de 4 a 8 dígitos, solo números.');

  return {
    status,
    renew() {
      if (store.read() !== null && now() < unlockedUntil) unlockedUntil = now() + UNLOCKED_FOR_MS;
      return status();
    },
    async unlock(pin) {
      await check(pin);
      unlockedUntil = now() + UNLOCKED_FOR_MS;
      return status();
    },
    async verify(pin) {
      await check(pin);
    },
    lock() {
      unlockedUntil = 0;
      return status();
    },
    async setPin(current, next) {
      if (next !== null) {
        const problem = formatProblem(next);
        if (problem) throw problem;
      }
      if (store.read() !== null) await check(current ?? '');
      else if (next === null) return status();
      store.write(next === null ? null : await hashPin(next));
      unlockedUntil = 0;
      return status();
    },
    reset(proof) {
      return serial(async () => {
        if (store.read() === null) return status();
        refuseWhileWaiting();
        if (!(await proof())) throw wrongTry('key');
        wrongInARow = 0;
        store.write(null);
        unlockedUntil = 0;
        return status();
      });
    },
    assertUnlocked() {
      if (store.read() === null) return;
      if (now() >= unlockedUntil) throw lockedError();
      unlockedUntil = now() + UNLOCKED_FOR_MS;
    },
  };
}

import { describe, expect, it } from 'vitest';
import { AdminError } from '../../../src-main/admin/admin-error';
import { FIRST_WAIT_MS, TRIES_BEFORE_WAIT, UNLOCKED_FOR_MS, createAdminGuard, type PinStore } from '../../../src-main/admin/admin-guard';
import { hashPin, verifyPin } from '../../../src-main/admin/pin-hash';
import type { PinHash, StoredPin } from '../../../src-main/settings/schema';

function memoryPin(): PinStore & { current: StoredPin | null } {
  const box = {
    current: null as StoredPin | null,
    read: () => box.current,
    write: (pin: PinHash | null) => {
      box.current = pin;
    },
  };
  return box;
}

/** A clock the test moves. */
function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

/** The refusal's code and message, or null when it went through. */
async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string } | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    if (!(error instanceof AdminError)) throw error;
    return { code: error.code, message: error.message };
  }
}

describe('the PIN hash', () => {
  it('keeps a salted scrypt hash, never the PIN, and verifies only the right PIN', async () => {
    const first = await hashPin('4821');
    const second = await hashPin('4821');
    expect(first.algorithm).toBe('scrypt');
    // A random salt each time: the same PIN never gives the same stored text.
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
    expect(JSON.stringify(first)).not.toContain('4821');
    expect(await verifyPin('4821', first)).toBe(true);
    expect(await verifyPin('4821', second)).toBe(true);
    expect(await verifyPin('4822', first)).toBe(false);
    expect(await verifyPin('', first)).toBe(false);
  });
});

describe('the administrator’s PIN guard', () => {
  it('is open with no PIN; setting one locks Administración until the right PIN unlocks it', async () => {
    const store = memoryPin();
    const guard = createAdminGuard(store);
    expect(guard.status()).toEqual({ pinSet: false, unlocked: true, retryAfterSeconds: null });
    expect(() => guard.assertUnlocked()).not.toThrow();

    expect(await refusal(guard.setPin(undefined, '12a4'))).toEqual({ code: 'admin_pin_format', message: 'PIN nuevo: escriba de 4 a 8 dígitos, solo números.' });
    expect(await refusal(guard.setPin(undefined, '123'))).toMatchObject({ code: 'admin_pin_format' });
    expect(await refusal(guard.setPin(undefined, '123456789'))).toMatchObject({ code: 'admin_pin_format' });
    expect(store.current).toBeNull();

    expect(await guard.setPin(undefined, '4821')).toEqual({ pinSet: true, unlocked: false, retryAfterSeconds: null });
    expect(() => guard.assertUnlocked()).toThrow(/bloqueados/);

    expect(await refusal(guard.unlock('1111'))).toEqual({ code: 'admin_wrong_pin', message: 'PIN incorrecto. Quedan 4 intentos antes de tener que esperar.' });
    expect(guard.status().unlocked).toBe(false);
    expect(await guard.unlock('4821')).toEqual({ pinSet: true, unlocked: true, retryAfterSeconds: null });
    expect(() => guard.assertUnlocked()).not.toThrow();
    expect(guard.lock().unlocked).toBe(false);
    expect(() => guard.assertUnlocked()).toThrow(/bloqueados/);
  });

  it('locks again on its own when nothing guarded was changed for a while', async () => {
    const time = clock();
    const guard = createAdminGuard(memoryPin(), time.now);
    await guard.setPin(undefined, '4821');
    await guard.unlock('4821');
    time.advance(UNLOCKED_FOR_MS - 1000);
    guard.assertUnlocked(); // a change renews the unlock
    time.advance(UNLOCKED_FOR_MS - 1000);
    expect(guard.status().unlocked).toBe(true);
    time.advance(1000);
    expect(guard.status().unlocked).toBe(false);
    expect(() => guard.assertUnlocked()).toThrow(/bloqueados/);
  });

  it('stays unlocked while the window says someone is working, and locks when it stops saying so', async () => {
    const time = clock();
    const guard = createAdminGuard(memoryPin(), time.now);
    await guard.setPin(undefined, '4821');
    // Locked: asking renews nothing.
    expect(guard.renew().unlocked).toBe(false);
    await guard.unlock('4821');
    // An administrator typing for 25 minutes, the window renewing every few minutes.
    for (let minute = 0; minute < 25; minute += 5) {
      time.advance(5 * 60_000);
      expect(guard.renew().unlocked).toBe(true);
    }
    expect(() => guard.assertUnlocked()).not.toThrow();
    time.advance(UNLOCKED_FOR_MS);
    expect(guard.renew().unlocked).toBe(false);
    expect(() => guard.assertUnlocked()).toThrow(/bloqueados/);
  });

  it('a damaged PIN entry keeps everything locked, refuses every PIN, and only the reset removes it', async () => {
    const store = memoryPin();
    store.current = { unreadable: true };
    const guard = createAdminGuard(store);
    expect(guard.status()).toEqual({ pinSet: true, unlocked: false, retryAfterSeconds: null });
    expect(() => guard.assertUnlocked()).toThrow(/bloqueados/);
    const damaged = { code: 'admin_pin_unreadable', message: expect.stringMatching(/^El PIN guardado en este equipo está dañado .*“¿Olvidó el PIN\?”/) };
    expect(await refusal(guard.unlock('4821'))).toEqual(damaged);
    expect(await refusal(guard.verify('4821'))).toEqual(damaged);
    expect(await refusal(guard.setPin('4821', '5555'))).toEqual(damaged);
    expect(await refusal(guard.setPin('4821', null))).toEqual(damaged);
    expect(store.current).toEqual({ unreadable: true });
    expect(await guard.reset(async () => true)).toEqual({ pinSet: false, unlocked: true, retryAfterSeconds: null });
    expect(store.current).toBeNull();
  });

  it('after 5 wrong PINs refuses every try, the right one too, for 30 s, and says so plainly', async () => {
    const time = clock();
    const guard = createAdminGuard(memoryPin(), time.now);
    await guard.setPin(undefined, '4821');
    for (let i = 1; i < TRIES_BEFORE_WAIT; i++) expect((await refusal(guard.unlock('0000')))?.code).toBe('admin_wrong_pin');
    expect(await refusal(guard.unlock('0000'))).toEqual({ code: 'admin_wait', message: 'Demasiados intentos equivocados. Espere 30 segundos y vuelva a intentarlo.' });
    expect(guard.status().retryAfterSeconds).toBe(30);
    // The right PIN is not even checked while waiting, for unlocking or for a guarded action.
    expect(await refusal(guard.unlock('4821'))).toMatchObject({ code: 'admin_wait' });
    expect(await refusal(guard.verify('4821'))).toMatchObject({ code: 'admin_wait' });
    time.advance(FIRST_WAIT_MS - 1000);
    expect(await refusal(guard.unlock('4821'))).toEqual({ code: 'admin_wait', message: 'Demasiados intentos equivocados. Espere 1 segundo y vuelva a intentarlo.' });
    time.advance(1000);
    expect((await guard.unlock('4821')).unlocked).toBe(true);
    // A right PIN starts the count again.
    guard.lock();
    expect(await refusal(guard.unlock('0000'))).toMatchObject({ message: 'PIN incorrecto. Quedan 4 intentos antes de tener que esperar.' });
  });

  it('doubles the wait after each further run of wrong PINs', async () => {
    const time = clock();
    const guard = createAdminGuard(memoryPin(), time.now);
    await guard.setPin(undefined, '4821');
    for (let i = 0; i < TRIES_BEFORE_WAIT; i++) await refusal(guard.unlock('0000'));
    time.advance(FIRST_WAIT_MS);
    for (let i = 1; i < TRIES_BEFORE_WAIT; i++) await refusal(guard.unlock('0000'));
    expect(await refusal(guard.unlock('0000'))).toMatchObject({ code: 'admin_wait', message: 'Demasiados intentos equivocados. Espere 60 segundos y vuelva a intentarlo.' });
  });

  it('counts tries fired together one by one: no burst slips past the wait', async () => {
    const guard = createAdminGuard(memoryPin());
    await guard.setPin(undefined, '4821');
    const tries = await Promise.all(['0001', '0002', '0003', '0004', '0005', '4821', '0006'].map((pin) => refusal(guard.unlock(pin))));
    expect(tries.map((r) => r?.code ?? 'unlocked')).toEqual([
      'admin_wrong_pin',
      'admin_wrong_pin',
      'admin_wrong_pin',
      'admin_wrong_pin',
      'admin_wait',
      'admin_wait',
      'admin_wait',
    ]);
    expect(guard.status().unlocked).toBe(false);
  });

  it('verifies a PIN for one action without unlocking Administración', async () => {
    const guard = createAdminGuard(memoryPin());
    expect(await refusal(guard.verify('4821'))).toMatchObject({ code: 'admin_no_pin' });
    await guard.setPin(undefined, '4821');
    await guard.verify('4821');
    expect(guard.status().unlocked).toBe(false);
    expect(await refusal(guard.verify('4820'))).toMatchObject({ code: 'admin_wrong_pin' });
  });

  it('changes or removes the PIN only with the current one', async () => {
    const store = memoryPin();
    const guard = createAdminGuard(store);
    await guard.setPin(undefined, '4821');
    const first = store.current;
    expect(await refusal(guard.setPin(undefined, '5555'))).toMatchObject({ code: 'admin_wrong_pin' });
    expect(await refusal(guard.setPin('0000', null))).toMatchObject({ code: 'admin_wrong_pin' });
    expect(store.current).toBe(first);
    await guard.setPin('4821', '55556666');
    expect(await refusal(guard.unlock('4821'))).toMatchObject({ code: 'admin_wrong_pin' });
    expect((await guard.unlock('55556666')).unlocked).toBe(true);
    expect(await guard.setPin('55556666', null)).toEqual({ pinSet: false, unlocked: true, retryAfterSeconds: null });
    expect(store.current).toBeNull();
  });

  it('removes a forgotten PIN only with the proof; a wrong proof counts as a wrong try', async () => {
    const store = memoryPin();
    const guard = createAdminGuard(store);
    await guard.setPin(undefined, '4821');
    expect(await refusal(guard.reset(async () => false))).toEqual({
      code: 'admin_wrong_key',
      message: 'Esa no es la llave de acceso de la empresa conectada; el PIN sigue igual. Quedan 4 intentos antes de tener que esperar.',
    });
    expect(store.current).not.toBeNull();
    expect(await guard.reset(async () => true)).toEqual({ pinSet: false, unlocked: true, retryAfterSeconds: null });
    expect(store.current).toBeNull();
  });
});

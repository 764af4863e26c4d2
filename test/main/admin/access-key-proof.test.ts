import { afterEach, describe, expect, it } from 'vitest';
import { accessKeyProof } from '../../../src-main/admin/access-key-proof';
import { AdminError } from '../../../src-main/admin/admin-error';
import { createAdminGuard, type PinStore } from '../../../src-main/admin/admin-guard';
import { hashPin } from '../../../src-main/admin/pin-hash';
import type { ConnectionService } from '../../../src-main/connection/connection-service';
import type { StoredPin } from '../../../src-main/settings/schema';
import { startSandbox, type Sandbox } from '../../../src-main/siigo-sandbox';
import type { FaultRule } from '../../../src-main/siigo-sandbox/types';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

/** Only what the proof reads of the connection: the account saved on this PC. */
const connectedTo = (info: { mode: 'demo' | 'siigo'; baseUrl: string; username: string | null }) =>
  ({ info: async () => ({ ...info, partnerId: 'MostradorTest' }) }) as unknown as ConnectionService;

async function guardWithPin() {
  const box: PinStore & { current: StoredPin | null } = {
    current: await hashPin('4821'),
    read: () => box.current,
    write: (pin) => {
      box.current = pin;
    },
  };
  return { store: box, guard: createAdminGuard(box) };
}

/** The reset's refusal, code and message. */
async function resetRefusal(proof: () => Promise<boolean>) {
  const { store, guard } = await guardWithPin();
  const error = await guard.reset(proof).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(store.current).not.toBeNull();
  if (!(error instanceof AdminError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return { code: error.code, message: error.message };
}

async function siigoAnswering(faults: FaultRule[]) {
  sandbox = await startSandbox({ port: 0, faults });
  return connectedTo({ mode: 'siigo', baseUrl: sandbox.url, username: sandbox.credentials.username });
}

describe('resetting a forgotten PIN with the access key: what the user is told', () => {
  it('with no Siigo account saved, says so and counts no wrong try', async () => {
    const { store, guard } = await guardWithPin();
    const proof = accessKeyProof(connectedTo({ mode: 'siigo', baseUrl: 'https://api.siigo.com', username: null }), 'una-llave');
    for (let i = 0; i < 6; i++) {
      await expect(guard.reset(proof)).rejects.toMatchObject({
        code: 'admin_no_account',
        message: expect.stringMatching(/^No hay una cuenta de Siigo conectada en este equipo .*El PIN sigue igual\.$/),
      });
    }
    // Six refusals and no wait: none was counted as a wrong key.
    expect(guard.status().retryAfterSeconds).toBeNull();
    expect(store.current).not.toBeNull();
  });

  it('Siigo busy (429) says Siigo is busy, not that the internet is down', async () => {
    const connection = await siigoAnswering([{ kind: 'rate-limit', path: '/auth', retryAfterSeconds: 1 }]);
    const refusal = await resetRefusal(accessKeyProof(connection, 'una-llave'));
    expect(refusal.code).toBe('admin_key_unchecked');
    expect(refusal.message).toBe('Siigo está ocupado y no pudo comprobar la llave de acceso. El PIN sigue igual; intente de nuevo en unos minutos.');
  });

  it('Siigo failing (5xx) says Siigo is busy too', async () => {
    const connection = await siigoAnswering([{ kind: 'status', status: 503, path: '/auth' }]);
    const refusal = await resetRefusal(accessKeyProof(connection, 'una-llave'));
    expect(refusal.code).toBe('admin_key_unchecked');
    expect(refusal.message).toMatch(/^Siigo está ocupado/);
  });

  it('no answer at all asks about the internet', async () => {
    const connection = connectedTo({ mode: 'siigo', baseUrl: 'http://127.0.0.1:9', username: 'caja@tienda.co' });
    const refusal = await resetRefusal(accessKeyProof(connection, 'una-llave'));
    expect(refusal.code).toBe('admin_key_unchecked');
    expect(refusal.message).toMatch(/¿hay internet\?/);
  });
});

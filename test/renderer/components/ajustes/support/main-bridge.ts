import { createBridgeClient, type BridgeClient } from '../../../../../src-shared/ipc/client';
import { createConnectionService } from '../../../../../src-main/connection/connection-service';
import { memorySecretStore } from '../../../../../src-main/connection/secret-store';
import { memoryConnectionSettings } from '../../../../../src-main/connection/settings';
import { headlessDesktop } from '../../../../../src-main/desktop/headless';
import { createDispatcher } from '../../../../../src-main/ipc/dispatch';
import { createHandlers } from '../../../../../src-main/ipc/handlers';
import { memoryCompanyJournals } from '../../../../../src-main/journal/company-journals';

/**
 * Main's real handler table (settings and the PIN guard included) behind a bridge that
 * serialises like IPC, for screens that need main but never Siigo (Caja): no sandbox is started.
 */
export function mainBridge(): BridgeClient {
  const connection = createConnectionService({
    settings: memoryConnectionSettings(),
    secrets: memorySecretStore(),
    startDemo: () => Promise.reject(new Error('no Siigo in this test')),
  });
  const dispatch = createDispatcher(
    createHandlers({ connection, journals: memoryCompanyJournals(), app: { name: 'Mostrador', version: 'test', platform: 'linux' }, ...headlessDesktop() }),
  );
  return createBridgeClient({
    invoke: async (channel, input, meta) => JSON.parse(JSON.stringify(await dispatch(channel, JSON.parse(JSON.stringify(input ?? null)) ?? undefined, meta))),
    subscribe: () => () => {},
  });
}

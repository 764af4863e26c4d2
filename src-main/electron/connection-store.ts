import Store from 'electron-store';
import { z } from 'zod';
import { defaultConnection, type ConnectionSettingsStore, type StoredConnection } from '../connection/settings';

const storedConnectionSchema = z.object({
  mode: z.enum(['demo', 'siigo']),
  baseUrl: z.string(),
  partnerId: z.string(),
  username: z.string().nullable(),
});

/** The non-secret connection settings in the user data folder; a damaged entry reads as the default. */
export function electronConnectionSettings(): ConnectionSettingsStore {
  const store = new Store<{ connection: StoredConnection }>({
    name: 'settings',
    defaults: { connection: defaultConnection },
  });
  return {
    load() {
      const parsed = storedConnectionSchema.safeParse(store.get('connection'));
      return parsed.success ? parsed.data : { ...defaultConnection };
    },
    save(connection) {
      store.set('connection', storedConnectionSchema.parse(connection));
    },
  };
}

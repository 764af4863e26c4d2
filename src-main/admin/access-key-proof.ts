import type { ConnectionService } from '../connection/connection-service';
import { AuthError, RateLimitedError, ServerError, createSiigoClient, isSiigoAddressForKeys } from '../siigo';
import { AdminError } from './admin-error';

/**
 * The proof that resets a forgotten PIN: the access key of the company connected now, as Siigo
 * itself accepts it (a login with it, nothing else), so it holds whatever store keeps the key.
 * In demo mode there is no company to protect: the embedded sandbox holds nothing real, so the
 * PIN is removed without a key. A key Siigo refuses is a wrong try; no answer from Siigo is
 * neither (the PIN stays, the user is told to try when online, or later when Siigo is busy), and
 * neither is a Siigo mode with no API user saved: there is no account to check the key against.
 * The key is never stored or logged.
 */
export function accessKeyProof(connection: ConnectionService, accessKey: string): () => Promise<boolean> {
  return async () => {
    const info = await connection.info();
    if (info.mode === 'demo') return true;
    if (info.username === null) {
      throw new AdminError(
        'admin_no_account',
        'No hay una cuenta de Siigo conectada en este equipo (falta el usuario API), así que no hay con qué comprobar la llave de acceso. El PIN sigue igual.',
      );
    }
    if (accessKey === '' || !isSiigoAddressForKeys(info.baseUrl)) return false;
    const username = info.username;
    const client = createSiigoClient({
      baseUrl: info.baseUrl,
      partnerId: info.partnerId,
      credentials: async () => ({ username, accessKey }),
      retry: { maxAttempts: 1 },
    });
    try {
      await client.testConnection();
      return true;
    } catch (error) {
      if (error instanceof AuthError) return false;
      if (error instanceof RateLimitedError || error instanceof ServerError) {
        throw new AdminError(
          'admin_key_unchecked',
          'Siigo está ocupado y no pudo comprobar la llave de acceso. El PIN sigue igual; intente de nuevo en unos minutos.',
        );
      }
      throw new AdminError(
        'admin_key_unchecked',
        'No se pudo comprobar la llave de acceso con Siigo (¿hay internet?). El PIN sigue igual; intente de nuevo con conexión.',
      );
    } finally {
      client.close();
    }
  };
}

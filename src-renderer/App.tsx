import { useEffect, useState } from 'react';
import type { ConnectionInfo } from '../src-shared/ipc/contract';
import { BridgeError } from '../src-shared/ipc/client';
import { bridge } from './bridge';

type TestState = { state: 'idle' } | { state: 'testing' } | { state: 'ok' } | { state: 'failed'; message: string };

/** Foundation shell: shows which Siigo the app talks to and lets the user test the connection. */
export function App() {
  const [connection, setConnection] = useState<ConnectionInfo | null>(null);
  const [test, setTest] = useState<TestState>({ state: 'idle' });

  useEffect(() => {
    void bridge.invoke('connection:get', undefined).then(setConnection);
  }, []);

  const probe = async () => {
    setTest({ state: 'testing' });
    try {
      await bridge.invoke('connection:test', undefined);
      setTest({ state: 'ok' });
    } catch (error) {
      setTest({ state: 'failed', message: error instanceof BridgeError ? error.failure.message : 'Error desconocido' });
    }
  };

  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: 24 }}>
      <h1>Mostrador</h1>
      {connection && (
        <p>
          {connection.mode === 'demo'
            ? 'Modo demostración: conectado al Siigo de pruebas integrado, no a su empresa real.'
            : `Conectado a Siigo Nube como ${connection.username ?? ''}.`}
        </p>
      )}
      <button type="button" onClick={() => void probe()} disabled={test.state === 'testing'}>
        Probar conexión
      </button>
      {test.state === 'ok' && <p role="status">Conexión correcta.</p>}
      {test.state === 'failed' && <p role="alert">No se pudo conectar: {test.message}</p>}
    </main>
  );
}

import { useEffect, useState } from 'react';
import { useApp } from './app/app-store';
import { useOutboxCounts } from './app/outbox-counts';
import { DianNotices } from './app/DianNotices';
import { ServicesContext, startServices, type Services } from './app/services';
import { Sidebar } from './app/Sidebar';
import { StatusBar } from './app/StatusBar';
import { screenComponents } from './screens';

const pendingDocuments = (n: number) => (n === 1 ? '1 documento pendiente' : `${n.toLocaleString('es-CO')} documentos pendientes`);

/** The window: menu, the current screen, DIAN notices and the sync status bar. */
export function App({ services }: { services: Services }) {
  const screen = useApp((state) => state.navigation.screen);
  const connection = useApp((state) => state.connection);
  const [startError, setStartError] = useState<string | null>(null);
  const counts = useOutboxCounts(services.db);
  useEffect(() => {
    startServices(services).catch((error: unknown) => setStartError(error instanceof Error ? error.message : String(error)));
  }, [services]);
  const Screen = screenComponents[screen];
  return (
    <ServicesContext.Provider value={services}>
      <div className="shell">
        <Sidebar />
        <main className="content">
          {connection?.mode === 'demo' && (
            <div className="demo-banner" role="note">
              Modo demostración: está usando el Siigo de pruebas integrado, no su empresa real. Conecte su cuenta en Ajustes.
            </div>
          )}
          {connection?.needsAccessKey && (
            <div role="alert" className="error-banner" data-testid="missing-key">
              {counts && counts.pending + counts.needsAttention > 0
                ? `${pendingDocuments(counts.pending + counts.needsAttention)} de ${services.company.name}: ingrese la llave de acceso para enviarlos.`
                : `Falta la llave de acceso de ${services.company.name}: ingrésela para enviar documentos.`}{' '}
              <button type="button" className="link" onClick={() => useApp.getState().go('ajustes')}>
                Ir a Ajustes
              </button>
            </div>
          )}
          {startError && <div role="alert" className="error-banner">No se pudo iniciar la sincronización: {startError}</div>}
          <Screen />
        </main>
        <DianNotices />
        <StatusBar />
      </div>
    </ServicesContext.Provider>
  );
}

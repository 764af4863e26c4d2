import { useEffect, useState } from 'react';
import { useApp } from './app/app-store';
import { MissingKeyBanner } from './app/MissingKeyBanner';
import { ServicesContext, startServices, type Services } from './app/services';
import { Sidebar } from './app/Sidebar';
import { StatusBar } from './app/StatusBar';
import { screenComponents } from './screens';

/** The window: menu, the current screen and the status bar (sync state and the DIAN's notices). */
export function App({ services }: { services: Services }) {
  const screen = useApp((state) => state.navigation.screen);
  const connection = useApp((state) => state.connection);
  const [startError, setStartError] = useState<string | null>(null);
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
          {connection?.needsAccessKey && <MissingKeyBanner />}
          {startError && <div role="alert" className="error-banner">No se pudo iniciar la sincronización: {startError}</div>}
          <Screen />
        </main>
        <StatusBar />
      </div>
    </ServicesContext.Provider>
  );
}

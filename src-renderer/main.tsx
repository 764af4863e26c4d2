import './zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createServices } from './app/services';
import { bridge } from './bridge';
import './styles.css';

/**
 * The window works on the company main is connected to, so it asks main first and then opens
 * that company's database: no frame ever shows another company's data.
 */
async function boot(root: HTMLElement): Promise<void> {
  try {
    const connection = await bridge.invoke('connection:get', undefined);
    createRoot(root).render(
      <StrictMode>
        <App services={createServices(connection)} />
      </StrictMode>,
    );
  } catch (error) {
    root.textContent = `Mostrador no pudo iniciar: ${error instanceof Error ? error.message : String(error)}. Cierre y vuelva a abrir la aplicación; los documentos pendientes no se pierden.`;
  }
}

const root = document.getElementById('root');
if (root) void boot(root);

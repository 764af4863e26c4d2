import type { AppState } from './app-store';

export interface LinkDescription {
  /** null while the first probe has not answered: neither "en línea" nor "sin conexión" yet. */
  online: boolean | null;
  text: string;
  detail: string | null;
}

/**
 * The link to Siigo in words, with one rule for the status bar and Sincronización: main's events
 * win over the probe, and "Sin conexión" is said only after a probe or a call failed.
 */
export function linkDescription(state: Pick<AppState, 'link' | 'outbox' | 'connection'>): LinkDescription {
  const where = state.connection?.mode === 'demo' ? 'el Siigo de demostración' : 'Siigo';
  if (state.connection?.needsAccessKey) {
    return { online: false, text: 'Falta la llave de acceso', detail: 'Escriba la llave de acceso en Ajustes > Conexión con Siigo; hasta entonces no se envía nada.' };
  }
  switch (state.link) {
    case 'auth_error':
      return { online: false, text: 'Siigo rechazó las credenciales', detail: 'Revise el usuario API y la llave de acceso en Ajustes.' };
    case 'rate_limited':
      return { online: true, text: 'En línea (Siigo pidió esperar)', detail: 'Se superó el límite de solicitudes por minuto; Mostrador espera y continúa solo.' };
  }
  const online = state.link === null ? state.outbox.reachable : state.link === 'online';
  if (online === null) return { online, text: `Comprobando la conexión con ${where}…`, detail: null };
  return online
    ? { online, text: `En línea con ${where}`, detail: null }
    : { online, text: `Sin conexión con ${where}`, detail: 'Todo queda guardado en este equipo y se enviará cuando vuelva la conexión.' };
}

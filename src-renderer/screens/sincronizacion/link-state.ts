import type { AppState } from '../../app/app-store';

/** The link to Siigo in words, with the same rule as the status bar (main's events win over the probe). */
export function linkDescription(state: Pick<AppState, 'link' | 'outbox' | 'connection'>): { online: boolean; text: string; detail: string | null } {
  const online = state.link === null ? state.outbox.reachable : state.link === 'online';
  const where = state.connection?.mode === 'demo' ? 'el Siigo de demostración' : 'Siigo';
  switch (state.link) {
    case 'auth_error':
      return { online: false, text: 'Siigo rechazó las credenciales', detail: 'Revise el usuario API y la llave de acceso en Ajustes.' };
    case 'rate_limited':
      return { online: true, text: 'En línea (Siigo pidió esperar)', detail: 'Se superó el límite de solicitudes por minuto; Mostrador espera y continúa solo.' };
    default:
      return online
        ? { online, text: `En línea con ${where}`, detail: null }
        : { online, text: `Sin conexión con ${where}`, detail: 'Todo queda guardado en este equipo y se enviará cuando vuelva la conexión.' };
  }
}

/** The audit trail's event names (English, as recorded) in the cashier's words. */
const eventLabels: Record<string, string> = {
  queued: 'Puesto en cola',
  sending: 'Enviando a Siigo',
  'resending-after-interruption': 'Reenviando tras una interrupción',
  sent: 'Recibido por Siigo',
  retrying: 'Reintento programado',
  'needs-attention': 'Siigo lo rechazó: requiere atención',
  discarded: 'Descartado',
  replaced: 'Reemplazado por una corrección',
  corrected: 'Corregido y reenviado',
  resent: 'Reenviado sin cambios',
  'restored-from-journal': 'Recuperado del respaldo de Mostrador',
  'dian-accepted': 'Aceptada por la DIAN',
  'dian-rejected': 'Rechazada por la DIAN',
  'dian-unanswered': 'Sin respuesta de la DIAN',
};

export function auditEventLabel(event: string): string {
  return eventLabels[event] ?? event;
}

import type { DocumentRow } from '../data/outbox/rows';

/** The state of a document as the cashier reads it. */
export function documentStateLabel(document: Pick<DocumentRow, 'state' | 'dian'>): { text: string; tone: 'neutral' | 'busy' | 'ok' | 'bad' | 'warn' } {
  if (document.dian?.status === 'Accepted') return { text: 'Aceptada DIAN', tone: 'ok' };
  if (document.dian?.status === 'Rejected') return { text: 'Rechazada DIAN', tone: 'bad' };
  switch (document.state) {
    case 'draft':
      return { text: 'Borrador', tone: 'neutral' };
    case 'queued':
      return { text: 'En cola', tone: 'neutral' };
    case 'sending':
      return { text: 'Enviando', tone: 'busy' };
    case 'retrying':
      return { text: 'Reintentando', tone: 'busy' };
    case 'sent':
      return { text: document.dian ? 'Enviado, esperando DIAN' : 'Enviado', tone: 'ok' };
    case 'needs_attention':
      return { text: 'Requiere atención', tone: 'warn' };
    case 'discarded':
      return { text: 'Descartado', tone: 'neutral' };
  }
}

export { operationKindLabels as kindLabel } from '../../src-shared/outbox/states';

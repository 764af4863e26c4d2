import { dianDocumentWords, type AttentionDocument, type DianChange, type ShellCommand } from '../../src-shared/ipc/desktop';
import { attentionText } from './tray-state';

/** A desktop notification as the shell shows it; `click` is pushed to the window when clicked. */
export interface NotificationSpec {
  title: string;
  body: string;
  click: ShellCommand | null;
  urgency: 'normal' | 'critical';
}

const nameOf = (change: { name: string | null }) => change.name ?? '(sin número)';
const wordsOf = (change: DianChange) => dianDocumentWords[change.kind ?? 'invoice'];
/** "3 facturas", "2 notas crédito", or "5 documentos" when both kinds answered at once; `done` agrees with it ("aceptad" → aceptadas/aceptados). */
const several = (changes: readonly DianChange[], done = '') => {
  const kinds = new Set(changes.map((change) => change.kind ?? 'invoice'));
  const noun = kinds.size === 1 ? dianDocumentWords[[...kinds][0]!].many : 'documentos';
  return `${changes.length} ${noun}${done ? ` ${done}${kinds.size === 1 ? 'as' : 'os'}` : ''}`;
};

/** "FV-1-1, FV-1-2, FV-1-3 y 47 más": a few names, then a count, so the body stays short. */
export function listNames(names: string[], shown = 3): string {
  const head = names.slice(0, shown).join(', ');
  const rest = names.length - shown;
  return rest > 0 ? `${head} y ${rest} más` : head;
}

/** The last status per document wins: a change reported twice notifies once. */
function latestPerDocument(changes: DianChange[]): DianChange[] {
  const byId = new Map<string, DianChange>();
  for (const change of changes) {
    byId.delete(change.documentId);
    byId.set(change.documentId, change);
  }
  return [...byId.values()];
}

const open = (documentId: string): ShellCommand => ({ command: 'open-document', documentId });
const attention: ShellCommand = { command: 'show-attention' };

/**
 * Coalesces a burst of DIAN changes into at most three notifications (accepted, rejected,
 * unanswered): fifty acceptances at once are one notification, not fifty. A single document's
 * notification opens it when clicked; a group opens the list of documents needing attention.
 */
export function planDianNotifications(changes: DianChange[]): NotificationSpec[] {
  const latest = latestPerDocument(changes);
  const accepted = latest.filter((c) => c.status === 'Accepted');
  const rejected = latest.filter((c) => c.status === 'Rejected');
  const unanswered = latest.filter((c) => c.status === 'Unanswered');
  const out: NotificationSpec[] = [];

  const [firstRejected] = rejected;
  if (firstRejected && rejected.length === 1) {
    out.push({
      title: `${wordsOf(firstRejected).one} ${nameOf(firstRejected)} rechazada por la DIAN`,
      body: firstRejected.errors[0] ?? `La DIAN no indicó el motivo. Revise la ${wordsOf(firstRejected).one.toLowerCase()} en Siigo.`,
      click: open(firstRejected.documentId),
      urgency: 'critical',
    });
  } else if (firstRejected) {
    out.push({
      title: `${several(rejected, 'rechazad')} por la DIAN`,
      body: `${nameOf(firstRejected)}: ${firstRejected.errors[0] ?? 'sin motivo indicado'}. También: ${listNames(rejected.slice(1).map(nameOf))}.`,
      click: attention,
      urgency: 'critical',
    });
  }

  const [firstUnanswered] = unanswered;
  if (firstUnanswered) {
    out.push({
      title:
        unanswered.length === 1
          ? `La DIAN no respondió sobre la ${wordsOf(firstUnanswered).one.toLowerCase()} ${nameOf(firstUnanswered)}`
          : `${several(unanswered)} sin respuesta de la DIAN`,
      body: `${listNames(unanswered.map(nameOf))}. Revise su estado en Siigo.`,
      click: unanswered.length === 1 ? open(firstUnanswered.documentId) : attention,
      urgency: 'normal',
    });
  }

  const [firstAccepted] = accepted;
  if (firstAccepted) {
    out.push(
      accepted.length === 1
        ? {
            title: `${wordsOf(firstAccepted).one} ${nameOf(firstAccepted)} aceptada por la DIAN`,
            body: firstAccepted.cufe ? `${wordsOf(firstAccepted).code} ${firstAccepted.cufe.slice(0, 16)}…` : `${wordsOf(firstAccepted).one} electrónica aceptada.`,
            click: open(firstAccepted.documentId),
            urgency: 'normal',
          }
        : {
            title: `${several(accepted, 'aceptad')} por la DIAN`,
            body: listNames(accepted.map(nameOf)),
            click: null,
            urgency: 'normal',
          },
    );
  }
  return out;
}

/** Documents the user must look at (Siigo refused them, or their outcome is unknown). */
export function planAttentionNotification(documents: AttentionDocument[]): NotificationSpec | null {
  const unique = [...new Map(documents.map((d) => [d.documentId, d])).values()];
  const [first] = unique;
  if (!first) return null;
  return {
    title: attentionText(unique.length),
    body: unique.length === 1 ? `${nameOf(first)}: ${first.reason}` : `${nameOf(first)}: ${first.reason} · ${listNames(unique.slice(1).map(nameOf))}`,
    click: unique.length === 1 ? open(first.documentId) : attention,
    urgency: 'critical',
  };
}

/** When a backlog finishes replaying. */
export function planBacklogSummary(sent: number, needsAttention: number): NotificationSpec {
  const sentText = sent === 1 ? 'Se envió 1 documento pendiente a Siigo.' : `Se enviaron ${sent} documentos pendientes a Siigo.`;
  return {
    title: 'Sincronización completa',
    body: needsAttention > 0 ? `${sentText} ${attentionText(needsAttention)}.` : sentText,
    click: needsAttention > 0 ? attention : null,
    urgency: 'normal',
  };
}

/** Shown once, the first time closing the window hides it to the tray. */
export const hiddenToTrayNotice: NotificationSpec = {
  title: 'Mostrador sigue abierto',
  body: 'La ventana se ocultó en la bandeja del sistema y la sincronización continúa. Para cerrar del todo, use «Salir» en el menú del icono.',
  click: null,
  urgency: 'normal',
};

/** Closing without a tray while documents wait: the window only minimised (close-policy.ts). */
export function minimizedWhileSendingNotice(waiting: number): NotificationSpec {
  const documents = waiting === 1 ? '1 documento' : `${waiting} documentos`;
  return {
    title: 'Mostrador sigue enviando',
    body: `La ventana quedó minimizada porque faltan ${documents} por enviar a Siigo. Para cerrar del todo, use «Salir» (Ctrl+Q).`,
    click: null,
    urgency: 'normal',
  };
}

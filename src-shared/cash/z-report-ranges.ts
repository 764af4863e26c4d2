import { operationKindLabels } from '../outbox/states';
import { countedKinds, type CashDocument, type CountedKind } from './cash-document';
import { documentTypeIdOf } from './document-figures';
import type { ZReport } from './z-report-types';

/**
 * The numbering a shop reads on the document: its name without the number ("FV-1" of "FV-1-13"),
 * which tells two invoice types apart; Siigo's `prefix` ("FV") is the same for both.
 */
function numberingOf(siigo: CashDocument['siigo']): string | null {
  if (!siigo) return null;
  const suffix = `-${siigo.number}`;
  if (siigo.name && siigo.number != null && siigo.name.endsWith(suffix)) return siigo.name.slice(0, -suffix.length);
  return siigo.prefix ?? null;
}

/**
 * The documents of a session by kind and numbering: one line per kind and document type (a
 * document type is one Siigo numbering, so one prefix), with its first and last Siigo number and
 * how many are still waiting for theirs. Numbers come from Siigo when a document lands; other
 * PCs share the numbering, so a range may have gaps that are theirs.
 */
export function numberRanges(documents: ReadonlyArray<CashDocument & { kind: CountedKind }>): ZReport['ranges'] {
  const groups = new Map<string, ZReport['ranges'][number]>();
  for (const document of documents) {
    const key = `${document.kind}|${documentTypeIdOf(document.body) ?? ''}`;
    const range = groups.get(key) ?? { kind: document.kind, prefix: '', first: null, last: null, count: 0, pending: 0 };
    range.count += 1;
    const number = document.siigo?.number ?? null;
    if (number === null) range.pending += 1;
    else {
      if (!range.prefix) range.prefix = numberingOf(document.siigo) ?? '';
      range.first = range.first === null ? number : Math.min(range.first, number);
      range.last = range.last === null ? number : Math.max(range.last, number);
    }
    groups.set(key, range);
  }
  const order = (kind: CountedKind) => countedKinds.indexOf(kind);
  return [...groups.values()].sort((a, b) => order(a.kind) - order(b.kind) || a.prefix.localeCompare(b.prefix));
}

/** How a pending document is named on the report: its label, else its kind and customer. */
export function documentLabel(document: CashDocument & { kind: CountedKind }): string {
  if (document.summary.label) return document.summary.label;
  const name = document.siigo?.name ?? (document.siigo?.number != null ? `${document.siigo.prefix ?? ''}-${document.siigo.number}` : 'sin número');
  const customer = document.summary.customerName ? ` · ${document.summary.customerName}` : '';
  return `${operationKindLabels[document.kind]} ${name}${customer}`;
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { useApp } from '../../app/app-store';
import type { DocumentDefaults } from '../../app/defaults';
import { useServices } from '../../app/services';
import type { DocumentRow } from '../../data/outbox/rows';
import { deleteDraft, saveDraft } from '../../data/outbox/user-actions';
import { latestDraft } from '../../forms/drafts';
import { quotationLink } from '../cotizaciones/quotation-link';
import { quotationVersion } from '../cotizaciones/quotation-version';
import { emptySale, isEmptySale, saleFromBody, type Sale } from './sale';
import { firstPayment } from './payment-split';

/** A new sale, or an invoice Siigo refused being fixed (sent from Documentos). */
export type SaleMode = { kind: 'new' } | { kind: 'fix'; documentId: string; original: unknown };

export type DraftOf = (sale: Sale) => { body: unknown; summary: DocumentRow['summary'] };

const AUTOSAVE_MS = 300;

/**
 * The sale on screen and its draft. What is typed is saved as an invoice draft ~300 ms after the
 * last change (and at once when leaving the screen), and the most recent draft comes back after
 * a reload or crash. `navigation.focusId` may name a quotation (a new sale from it) or an invoice
 * that needs attention (fixed here, then resent instead of confirmed). A quotation is invoiced
 * once: its sale's draft records it (`origin`, kept when confirmed, see queue-document.ts); asked
 * again, the sale already open from it comes back, and one already confirmed opens in Documentos.
 */
export function useSale(defaults: DocumentDefaults | undefined, draftOf: DraftOf) {
  const { db } = useServices();
  const focusId = useApp((state) => state.navigation.focusId);
  const go = useApp((state) => state.go);
  const [sale, setSale] = useState<Sale | null>(null);
  const [mode, setMode] = useState<SaleMode>({ kind: 'new' });
  const draftId = useRef<string | undefined>(undefined);
  /** The quotation the sale on screen was made from, recorded on its draft. */
  const origin = useRef<DocumentRow['origin']>(undefined);
  const [originId, setOriginId] = useState<string | null>(null);
  const setOrigin = useCallback((next: DocumentRow['origin']) => {
    origin.current = next;
    setOriginId(next?.quotationDocumentId ?? null);
  }, []);
  const loadedFor = useRef<string | null | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  const latest = useRef({ sale, mode, draftOf });
  latest.current = { sale, mode, draftOf };

  const saveNow = useCallback((current: Sale) => {
    const { body, summary } = latest.current.draftOf(current);
    const from = origin.current;
    // The draft and its origin in one transaction: a sale from a quotation is never seen without it.
    const write = () => db.transaction('rw', db.documents, async () => {
      const id = await saveDraft(db, { ...(draftId.current ? { id: draftId.current } : {}), kind: 'invoice', body, summary });
      if (from) await db.documents.update(id, { origin: from });
      return id;
    });
    saving.current = saving.current
      .then(write)
      .then((id) => {
        draftId.current = id;
      })
      .catch(() => undefined);
    return saving.current;
  }, [db]);

  useEffect(() => {
    if (!defaults) return;
    const key = focusId ?? null;
    if (loadedFor.current === key || (loadedFor.current !== undefined && key === null)) return;
    loadedFor.current = key;
    void (async () => {
      let focused = key ? await db.documents.get(key) : undefined;
      const link = focused?.kind === 'quotation' ? await quotationLink(db, focused) : undefined;
      if (link?.invoice) {
        // Invoiced already: its invoice opens instead, and Venta keeps its own sale behind.
        go('documentos', link.invoice.id);
        focused = undefined;
      }
      if (focused?.kind === 'quotation' && link) {
        const open = link.openSale;
        // The quotation as it is now: edits made after it was sent are documents of their own.
        const fromQuotation = await saleFromBody(db, open ?? (await quotationVersion(db, focused)), defaults.paymentTypeId);
        const next = open ? fromQuotation : { ...fromQuotation, payments: [firstPayment(defaults.paymentTypeId)] };
        draftId.current = open?.id;
        setOrigin({ quotationDocumentId: focused.id });
        await saveNow(next);
        setMode({ kind: 'new' });
        setSale(next);
        go('venta');
        return;
      }
      if (focused?.kind === 'invoice' && focused.state === 'needs_attention') {
        draftId.current = undefined;
        setOrigin(focused.origin);
        setMode({ kind: 'fix', documentId: focused.id, original: focused.body });
        setSale(await saleFromBody(db, focused, defaults.paymentTypeId));
        return;
      }
      const draft = focused?.kind === 'invoice' && focused.state === 'draft' ? focused : await latestDraft(db, 'invoice');
      draftId.current = draft?.id;
      setOrigin(draft?.origin);
      setMode({ kind: 'new' });
      setSale(draft ? await saleFromBody(db, draft, defaults.paymentTypeId) : emptySale(defaults.paymentTypeId));
    })();
  }, [db, defaults, focusId, go, saveNow, setOrigin]);

  // Autosave while typing; a fix in progress is not a draft (its document is already queued).
  useEffect(() => {
    if (!sale || mode.kind === 'fix' || (!draftId.current && isEmptySale(sale))) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      void saveNow(sale);
    }, AUTOSAVE_MS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [sale, mode.kind, saveNow]);

  // Leaving the screen before the debounce fired: save now.
  useEffect(() => () => {
    const { sale: current, mode: currentMode } = latest.current;
    if (timer.current && current && currentMode.kind === 'new') void saveNow(current);
  }, [saveNow]);

  /** Saves what is pending and returns the draft's id (to confirm it as `draftId`). */
  const flush = useCallback(async (): Promise<string | undefined> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const current = latest.current.sale;
    if (current && latest.current.mode.kind === 'new' && !isEmptySale(current)) await saveNow(current);
    await saving.current;
    return draftId.current;
  }, [saveNow]);

  /** After a confirm, or to abandon the sale: an empty sale, no draft. */
  const startNew = useCallback(async (discard: boolean) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    await saving.current;
    if (discard && draftId.current) await deleteDraft(db, draftId.current);
    draftId.current = undefined;
    setOrigin(undefined);
    setMode({ kind: 'new' });
    setSale(emptySale(defaults?.paymentTypeId ?? null));
  }, [db, defaults?.paymentTypeId, setOrigin]);

  /** `quotationId`: the quotation this sale comes from (shown as "De la cotización …"), else null. */
  return { sale, setSale, mode, flush, startNew, quotationId: originId };
}

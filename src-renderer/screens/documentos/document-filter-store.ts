import { create } from 'zustand';
import { emptyFilter, type DocumentFilter } from './document-filters';

interface DocumentFilterState {
  filter: DocumentFilter;
  setFilter(change: Partial<DocumentFilter>): void;
}

/**
 * Documentos' filters outlive the screen, so leaving and coming back keeps the cashier's search,
 * and other screens (Sincronización's "requieren atención") can open Documentos already filtered.
 */
export const useDocumentFilter = create<DocumentFilterState>((set) => ({
  filter: emptyFilter,
  setFilter: (change) => set((state) => ({ filter: { ...state.filter, ...change } })),
}));

/** Sets Documentos' filter to everything that needs the user, whatever its date; the caller then navigates there. */
export function filterNeedingAttention(): void {
  useDocumentFilter.getState().setFilter({ ...emptyFilter, state: 'needs_attention' });
}

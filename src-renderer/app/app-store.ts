import { create } from 'zustand';
import type { ConnectionInfo, ConnectionStatus } from '../../src-shared/ipc/contract';
import type { AppSettings } from '../../src-shared/ipc/desktop';
import type { PullProgress } from '../sync/pull/pull-events';
import type { OutboxSyncStatus } from '../sync/outbox-sync';
import type { DianStatusChange } from '../sync/stamp/stamp-watch';
import type { Navigation, ScreenId } from './screens';

export interface MirrorStatus {
  /** Latest progress per entity during a pull (first import or incremental). */
  progress: Partial<Record<PullProgress['entity'], PullProgress>>;
  pulling: boolean;
  lastPullAt: string | null;
  error: string | null;
}

/** Application-wide state the shell shows on every screen. Data views read Dexie directly. */
export interface AppState {
  navigation: Navigation;
  go(screen: ScreenId, focusId?: string): void;
  /** Documentos, filtered to what needs a person. */
  showNeedingAttention(): void;
  connection: ConnectionInfo | null;
  /** Ajustes as main keeps them (defaults for new documents, desktop preferences). */
  settings: AppSettings | null;
  link: ConnectionStatus['state'] | null;
  outbox: OutboxSyncStatus;
  mirror: MirrorStatus;
  /** DIAN answers not yet seen by the user (shown as notices). */
  dianNotices: DianStatusChange[];
  dismissDianNotice(documentId: string): void;
  set(partial: Partial<Pick<AppState, 'connection' | 'settings' | 'link' | 'outbox' | 'mirror'>>): void;
  pushDian(changes: DianStatusChange[]): void;
}

export const useApp = create<AppState>((set) => ({
  navigation: { screen: 'venta' },
  go: (screen, focusId) => set({ navigation: focusId === undefined ? { screen } : { screen, focusId } }),
  showNeedingAttention: () => set({ navigation: { screen: 'documentos', onlyNeedingAttention: true } }),
  connection: null,
  settings: null,
  link: null,
  outbox: { reachable: null, running: false, pending: 0, needsAttention: 0, lastSuccessAt: null, lastReport: null, journalBehind: false },
  mirror: { progress: {}, pulling: false, lastPullAt: null, error: null },
  dianNotices: [],
  dismissDianNotice: (documentId) => set((state) => ({ dianNotices: state.dianNotices.filter((n) => n.documentId !== documentId) })),
  set: (partial) => set(partial),
  pushDian: (changes) => set((state) => ({ dianNotices: [...state.dianNotices, ...changes] })),
}));

import { render } from '@testing-library/react';
import type { ComponentType } from 'react';
import type { JournalEntry } from '../../../../src-shared/ipc/contract';
import { useApp } from '../../../../src-renderer/app/app-store';
import type { ScreenId } from '../../../../src-renderer/app/screens';
import { ServicesContext, type Services } from '../../../../src-renderer/app/services';
import type { Harness } from '../../support/harness';

/**
 * Renders a screen as the app does, with services over the harness (real bridge to the sandbox,
 * fake-indexeddb). The sync engines are not running: `outbox.trigger` only counts calls.
 */
export function renderScreen(h: Harness, Screen: ComponentType, screen: ScreenId, focusId?: string) {
  const triggers: number[] = [];
  const services = {
    db: h.db,
    bridge: h.bridge,
    journal: (entries: JournalEntry[]) => h.journal.append(entries),
    outbox: { trigger: async () => void triggers.push(Date.now()) },
  } as unknown as Services;
  useApp.setState({ navigation: focusId === undefined ? { screen } : { screen, focusId }, link: null, settings: null });
  const view = render(
    <ServicesContext.Provider value={services}>
      <Screen />
    </ServicesContext.Provider>,
  );
  return { ...view, triggers };
}

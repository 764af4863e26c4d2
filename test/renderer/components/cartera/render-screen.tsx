import { render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { useApp } from '../../../../src-renderer/app/app-store';
import type { ScreenId } from '../../../../src-renderer/app/screens';
import { ServicesContext, type Services } from '../../../../src-renderer/app/services';
import type { Harness } from '../../support/harness';
import { heldOutbox } from '../../support/held-outbox';

/**
 * Renders a screen as the app does, with services over the harness (real bridge to the sandbox,
 * fake-indexeddb). The outbox is held: `triggers` are the sends the screen asked for.
 */
export function renderScreen(h: Harness, Screen: ComponentType, screen: ScreenId, focusId?: string) {
  const { outbox, passes: triggers } = heldOutbox(h);
  const services = { company: { id: h.company, name: 'Empresa de prueba' }, db: h.db, bridge: h.bridge, outbox } as unknown as Services;
  useApp.setState({ navigation: focusId === undefined ? { screen } : { screen, focusId }, link: null, settings: null });
  const view = render(
    <ServicesContext.Provider value={services}>
      <Screen />
    </ServicesContext.Provider>,
  );
  return { ...view, triggers };
}

import { describe, expect, it } from 'vitest';
import { closeAction, showWindowAtStart } from '../../../src-main/desktop/close-policy';
import { devOverrides } from '../../../src-main/desktop/dev-overrides';
import { minimizedWhileSendingNotice } from '../../../src-main/desktop/notification-plan';

describe('closing the window never strands the user', () => {
  it('hides to the tray only where there is one', () => {
    expect(closeAction({ quitting: false, tray: true, waiting: 0 })).toBe('hide-to-tray');
    expect(closeAction({ quitting: false, tray: false, waiting: 0 })).toBe('quit');
  });

  it('without a tray, minimises while documents still wait to be sent', () => {
    expect(closeAction({ quitting: false, tray: false, waiting: 3 })).toBe('minimize');
    expect(minimizedWhileSendingNotice(3).body).toContain('3 documentos');
    expect(minimizedWhileSendingNotice(1).body).toContain('1 documento ');
  });

  it('lets Salir close the window whatever waits', () => {
    expect(closeAction({ quitting: true, tray: true, waiting: 5 })).toBeNull();
    expect(closeAction({ quitting: true, tray: false, waiting: 5 })).toBeNull();
  });

  it('opens the window at a login start when there is no tray to open it from', () => {
    expect(showWindowAtStart({ startedHidden: true, tray: true })).toBe(false);
    expect(showWindowAtStart({ startedHidden: true, tray: false })).toBe(true);
    expect(showWindowAtStart({ startedHidden: false, tray: true })).toBe(true);
  });
});

describe('development overrides', () => {
  const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173/', SIIGO_API_URL: 'https://proxy.example/' };

  it('are honoured in an unpackaged app', () => {
    expect(devOverrides(false, env)).toEqual({ rendererUrl: 'http://localhost:5173/', siigoApiUrl: 'https://proxy.example/' });
    expect(devOverrides(false, { ELECTRON_RENDERER_URL: '  ' })).toEqual({ rendererUrl: undefined, siigoApiUrl: undefined });
  });

  it('are ignored by an installed app: no page or Siigo address from the environment', () => {
    expect(devOverrides(true, env)).toEqual({ rendererUrl: undefined, siigoApiUrl: undefined });
  });
});

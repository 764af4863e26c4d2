import { describe, expect, it } from 'vitest';
import { decideNavigation, isAllowedRequest, isAppUrl } from '../../../src-main/electron/navigation-policy';

const packaged = { rendererDir: '/opt/Mostrador/resources/app.asar/out/renderer/' };
const dev = { rendererDir: '/work/out/renderer', devServerUrl: 'http://localhost:5173/' };
const page = 'file:///opt/Mostrador/resources/app.asar/out/renderer/index.html';

describe('navigation and remote content', () => {
  it('knows our own pages', () => {
    expect(isAppUrl(page, packaged)).toBe(true);
    expect(isAppUrl('file:///opt/Mostrador/resources/app.asar/out/renderer/assets/index-abc.js', packaged)).toBe(true);
    expect(isAppUrl('file:///etc/passwd', packaged)).toBe(false);
    expect(isAppUrl('file:///opt/Mostrador/resources/app.asar/out/renderer-evil/x.html', packaged)).toBe(false);
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppUrl('ws://localhost:5173/', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', packaged)).toBe(false);
  });

  it('lets the window load nothing remote', () => {
    expect(isAllowedRequest(page, packaged)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', packaged)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', packaged)).toBe(true);
    expect(isAllowedRequest('https://api.siigo.com/v1/customers', packaged)).toBe(false);
    expect(isAllowedRequest('https://cdn.example/lib.js', packaged)).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:8080/', packaged)).toBe(false);
  });

  it('never navigates away; allow-listed links go to the browser', () => {
    expect(decideNavigation(`${page}#/ajustes`, page)).toEqual({ allow: true });
    expect(decideNavigation('https://siigonube.siigo.com/', page)).toEqual({ allow: false, openExternally: true });
    expect(decideNavigation('https://evil.example/', page)).toEqual({ allow: false, openExternally: false });
    expect(decideNavigation('file:///etc/passwd', page)).toEqual({ allow: false, openExternally: false });
  });
});

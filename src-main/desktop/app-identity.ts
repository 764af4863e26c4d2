/**
 * The app's id: package.json's build.appId (electron-builder writes it into the installers and
 * the Windows Start-menu shortcut). Windows attributes notifications to the shortcut with the same
 * AppUserModelId, so main sets it at start; a test keeps the two equal.
 */
export const APP_ID = 'co.mostrador.desktop';

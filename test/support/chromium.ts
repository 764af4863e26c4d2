import { existsSync } from 'node:fs';

/** Debian's Chromium, driven by playwright-core (the guide's flags: headless, no sandbox, nothing fetched). */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS: readonly string[] = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Fails with what to do when there is no Chromium: the end-to-end tests and `npm run bench` need
 * one, and Playwright's own browser download cannot be used (it fetches from outside npm).
 */
export function assertChromium(): void {
  if (existsSync(CHROMIUM)) return;
  throw new Error(`No Chromium at ${CHROMIUM}. Install Debian's (apt-get install chromium, as .ci/run does) or set CHROMIUM_PATH to a Chromium or Chrome binary.`);
}

// Loaded with `node --import` before the built main bundle: every import of 'electron' gets the
// recording stand-in, and process.platform can be set to the OS the scenario pretends to be.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
const scenario = JSON.parse(process.env.BOOT_SCENARIO ?? '{}');
if (scenario.platform) Object.defineProperty(process, 'platform', { value: scenario.platform });
// Electron sets this in a packaged app: where build/tray and build/icon.png are copied to.
if (scenario.resourcesPath) process.resourcesPath = scenario.resourcesPath;

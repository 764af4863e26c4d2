// `npm start` needs Electron's binary. `npm install` skips its download (package.json
// allowScripts) so that installing works on machines without internet; fetch it here on first
// start instead, and say plainly what to do when that is impossible.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

function installed() {
  try {
    const relative = readFileSync(join(electronDir, 'path.txt'), 'utf8');
    return existsSync(join(electronDir, 'dist', relative));
  } catch {
    return false;
  }
}

if (!installed()) {
  console.log('Downloading the Electron binary (first start only)…');
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit' });
  if (result.status !== 0 || !installed()) {
    console.error(
      '\nElectron could not be downloaded (no internet access?). The desktop app cannot start here.\n' +
        'Everything else works without it: `npm test`, `npm run build`, `npm run sandbox`.',
    );
    process.exit(1);
  }
}

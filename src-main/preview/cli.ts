// `npm run web`: the browser preview on 127.0.0.1 (demo mode unless Siigo credentials are set in
// Ajustes). Options: --port N (default 5180; 0 = free port), --data DIR (default ./.mostrador-web).
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { startPreview } from './preview-server';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

const preview = await startPreview({
  port: Number(option('port') ?? 5180),
  dataDir: resolve(option('data') ?? '.mostrador-web'),
  rendererDir: fileURLToPath(new URL('../../out/renderer', import.meta.url)),
  envBaseUrl: process.env['SIIGO_API_URL'],
});
console.log(`Mostrador (vista previa en el navegador): ${preview.url}`);
const stop = () => void preview.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRedactor } from '../../../src-main/diagnostics/redact';
import { createRotatingLog } from '../../../src-main/diagnostics/rotating-log';

const accessKey = 'ZGVtby1hY2Nlc3Mta2V5LTEyMzQ1Njc4OTA=';
const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjYWphQHRpZW5kYS5jbyJ9.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg';
const opaqueToken = 'tok_5f2b7c9e0a1d4e3f8b6c';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'mostrador-log-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('rotating log', () => {
  it('caps each file and keeps at most N files, newest in main.log', () => {
    const dir = tempDir();
    const log = createRotatingLog({ dir, maxBytes: 2_000, maxFiles: 3, redactor: createRedactor() });
    for (let n = 0; n < 200; n += 1) log.log('info', `line ${n}`, { padding: 'x'.repeat(50) });
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    for (const file of files) expect(statSync(join(dir, file)).size).toBeLessThanOrEqual(2_000);
    expect(readFileSync(join(dir, 'main.log'), 'utf8')).toContain('"msg":"line 199"');
    expect(readFileSync(join(dir, 'main.2.log'), 'utf8')).not.toContain('"msg":"line 0"');
    expect(log.files().map((file) => file.slice(dir.length + 1))).toEqual(['main.2.log', 'main.1.log', 'main.log']);
  });

  it('continues the same file after a restart', () => {
    const dir = tempDir();
    createRotatingLog({ dir, redactor: createRedactor() }).log('info', 'first run');
    createRotatingLog({ dir, redactor: createRedactor() }).log('info', 'second run');
    const lines = readFileSync(join(dir, 'main.log'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
  });

  it('never writes an access key, a token, an Authorization header or an access_key field', () => {
    const dir = tempDir();
    const known = new Set([accessKey, opaqueToken]);
    const log = createRotatingLog({ dir, redactor: createRedactor(() => known) });
    log.log('info', 'auth', { body: { username: 'caja@tienda.co', access_key: accessKey } });
    log.log('info', 'request', { headers: { Authorization: `Bearer ${token}`, 'Partner-Id': 'Mostrador' } });
    log.log('warn', `Siigo said: invalid access_key=${accessKey} for token ${opaqueToken}`);
    log.log('error', 'raw', { text: `POST /auth {"username":"caja","access_key":"${accessKey}"} authorization: Bearer ${token}` });
    log.log('info', 'jwt in a message', { msg2: `token was ${token}` });
    log.log('info', 'other names', { accessKey: 'another-key-value-1', token: 'token-value-2', password: 'hunter2hunter2' });
    const content = readFileSync(join(dir, 'main.log'), 'utf8');
    for (const secret of [accessKey, token, opaqueToken, 'another-key-value-1', 'token-value-2', 'hunter2hunter2', 'eyJ']) {
      expect(content).not.toContain(secret);
    }
    expect(content).toContain('caja@tienda.co');
    expect(content).toContain('Mostrador');
    expect(content).toContain('[redacted]');
  });
});

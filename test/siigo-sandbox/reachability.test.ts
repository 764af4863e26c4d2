import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { openApi } from './helpers';

describe('sandbox: losing the internet', () => {
  it('refuses connections while unreachable and comes back on the same address with its data', async () => {
    const api = await openApi();
    try {
      const before = await api.call('GET', '/v1/taxes');
      expect(before.status).toBe(200);
      await api.sandbox.setReachable(false);
      const port = Number(new URL(api.sandbox.url).port);
      const refused = await new Promise<string>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => resolve('connected'));
        socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      });
      expect(refused).toBe('ECONNREFUSED');
      await api.sandbox.setReachable(true);
      const after = await api.call('GET', '/v1/taxes');
      expect(after.status).toBe(200);
      expect(after.body).toEqual(before.body);
    } finally {
      await api.sandbox.close();
    }
  });
});

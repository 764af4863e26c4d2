import { describe, expect, it } from 'vitest';
import { eventChannels, invokeChannels } from '../../../src-shared/ipc/channels';
import { connectionSettingsSchema, contract, events } from '../../../src-shared/ipc/contract';

describe('bridge contract', () => {
  it('defines exactly the channels the preload allows', () => {
    expect(Object.keys(contract).sort()).toEqual([...invokeChannels].sort());
    expect(Object.keys(events).sort()).toEqual([...eventChannels].sort());
  });

  it('refuses a Partner-Id Siigo would reject, naming the field', () => {
    const result = connectionSettingsSchema.safeParse({
      mode: 'siigo',
      baseUrl: 'https://api.siigo.com',
      partnerId: 'mi-app',
      username: 'api@tienda.co',
      accessKey: 'secret',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['partnerId']);
  });

  it('refuses an Idempotency-Key longer than 30 characters', () => {
    const result = contract['vouchers:create'].input.shape.idempotencyKey.safeParse('A'.repeat(31));
    expect(result.success).toBe(false);
  });
});

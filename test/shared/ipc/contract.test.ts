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

  it('credit notes: created with an Idempotency-Key, listed by the ranges Siigo documents', () => {
    expect(contract['credit-notes:create'].input.shape.idempotencyKey.safeParse('A'.repeat(31)).success).toBe(false);
    expect(contract['credit-notes:create'].input.safeParse({ body: {}, idempotencyKey: '01JD8X3K5Q7R9T2V4W6Y8Z0A1B' }).success).toBe(false);
    expect(contract['credit-notes:list'].input.safeParse({ created_start: '2025-03-01', updated_end: '2025-03-10T05:00:00Z', page: 2, page_size: 100 }).success).toBe(true);
    expect(contract['credit-notes:list'].input.safeParse({ document_id: 77775 }).success).toBe(false);
    expect(contract['credit-notes:pdf'].input.safeParse({ id: '' }).success).toBe(false);
  });
});

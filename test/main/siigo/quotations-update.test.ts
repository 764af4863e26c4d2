import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../src-main/siigo-sandbox';
import { createConnectionService } from '../../../src-main/connection/connection-service';
import { memorySecretStore } from '../../../src-main/connection/secret-store';
import { memoryConnectionSettings } from '../../../src-main/connection/settings';
import { headlessDesktop } from '../../../src-main/desktop/headless';
import { createDispatcher } from '../../../src-main/ipc/dispatch';
import { createHandlers } from '../../../src-main/ipc/handlers';
import { memoryCompanyJournals } from '../../../src-main/journal/company-journals';
import { clientFor, quotationBody, rejectionOf, requestsTo, sandbox, seedRefs } from './support';

describe('Siigo client: quotations.update (PUT /v1/quotations/{id})', () => {
  let sb: Sandbox | undefined;
  afterEach(async () => {
    await sb?.close();
    sb = undefined;
  });

  it('replaces the quotation in Siigo once: same id and number, new lines and total', async () => {
    sb = await sandbox();
    const { client } = clientFor(sb);
    const refs = await seedRefs(client);
    const created = await client.quotations.create(quotationBody(refs.customer, refs.product));
    expect(created.total).toBe(1000);

    const body = quotationBody(refs.customer, refs.product);
    body.items = [{ code: refs.product, quantity: 5, price: 500 }];
    body.observations = 'Cantidad corregida';
    const updated = await client.quotations.update(created.id, body);

    expect(updated).toMatchObject({ id: created.id, number: created.number, name: created.name, total: 2500, observations: 'Cantidad corregida' });
    expect(updated.metadata?.last_updated).toEqual(expect.any(String));
    expect(await client.quotations.get(created.id)).toEqual(updated);
    expect(requestsTo(sb, 'PUT', `/v1/quotations/${created.id}`)).toHaveLength(1);
    expect(sb.updated()).toEqual([{ resource: 'quotations', id: created.id, at: updated.metadata?.last_updated }]);
    expect(sb.created().filter((c) => c.resource === 'quotations')).toHaveLength(1);
    client.close();
  });

  it('a locked field changed is rejected with Siigo\'s non_editable, naming the field, and not retried', async () => {
    sb = await sandbox();
    const { client } = clientFor(sb);
    const refs = await seedRefs(client);
    const created = await client.quotations.create(quotationBody(refs.customer, refs.product));
    const error = await rejectionOf(client.quotations.update(created.id, { ...quotationBody(refs.customer, refs.product), number: (created.number ?? 0) + 1 }));
    expect(error.kind).toBe('rejected');
    expect(error.toFailure().errors[0]).toMatchObject({ Code: 'non_editable', Params: ['number'] });
    expect(requestsTo(sb, 'PUT', `/v1/quotations/${created.id}`)).toHaveLength(1);
    expect(sb.updated()).toEqual([]);
    client.close();
  });

  it('a PUT whose answer is lost after commit is unknown_outcome and sent once', async () => {
    sb = await sandbox();
    const { client } = clientFor(sb);
    const refs = await seedRefs(client);
    const created = await client.quotations.create(quotationBody(refs.customer, refs.product));
    sb.addFault({ kind: 'drop-after-commit', method: 'PUT', path: /^\/v1\/quotations\//, times: 1 });
    const error = await rejectionOf(client.quotations.update(created.id, quotationBody(refs.customer, refs.product)));
    expect(error.kind).toBe('unknown_outcome');
    expect(requestsTo(sb, 'PUT', `/v1/quotations/${created.id}`)).toHaveLength(1);
    expect(sb.updated()).toHaveLength(1);
    client.close();
  });

  it('the bridge channel quotations:update reaches the sandbox for the connected company', async () => {
    sb = await sandbox();
    const running = sb;
    const connection = createConnectionService({
      settings: memoryConnectionSettings(),
      secrets: memorySecretStore(),
      startDemo: async () => ({ url: running.url, credentials: running.credentials, close: async () => {} }),
    });
    const dispatch = createDispatcher(
      createHandlers({
        connection,
        journals: memoryCompanyJournals(),
        app: { name: 'Mostrador', version: '0.0.0-test', platform: 'linux' },
        ...headlessDesktop(),
      }),
    );
    try {
      const { client } = clientFor(sb);
      const refs = await seedRefs(client);
      const created = await client.quotations.create(quotationBody(refs.customer, refs.product));
      client.close();
      const body = { ...quotationBody(refs.customer, refs.product), items: [{ code: refs.product, quantity: 3, price: 500 }] };

      const anonymous = await dispatch('quotations:update', { id: created.id, body });
      // A write names its company, or main refuses it before anything is sent.
      expect(anonymous).toMatchObject({ ok: false, failure: { kind: 'invalid_input' } });
      expect(sb.updated()).toEqual([]);

      const result = await dispatch('quotations:update', { id: created.id, body }, { company: 'demo' });
      expect(result).toMatchObject({ ok: true, value: { id: created.id, total: 1500 } });
      expect(sb.updated()).toEqual([{ resource: 'quotations', id: created.id, at: expect.any(String) }]);
    } finally {
      await connection.close();
    }
  });
});

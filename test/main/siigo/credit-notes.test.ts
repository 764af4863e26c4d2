import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../src-main/siigo-sandbox';
import { clientFor, creditNoteBody, invoiceBody, rejectionOf, requestsTo, sandbox, seedRefs } from './support';

/** An invoice to return from: the paper invoice of `invoiceBody`, total 1 190. */
async function soldInvoice(sb: Sandbox) {
  const { client } = clientFor(sb);
  const refs = await seedRefs(client);
  const invoice = await client.invoices.create(invoiceBody(refs.customer, refs.product), { idempotencyKey: 'INVFORNOTE1' });
  return { client, refs, invoice };
}

describe('Siigo client: credit notes, replayed only with their key', () => {
  let sb: Sandbox | undefined;
  afterEach(async () => {
    await sb?.close();
    sb = undefined;
  });

  it('POST credit note with a key, answer lost after commit → replayed with the same key, ONE note', async () => {
    sb = await sandbox();
    const { client, refs, invoice } = await soldInvoice(sb);
    sb.addFault({ kind: 'drop-after-commit', method: 'POST', path: '/v1/credit-notes', times: 1 });
    const key = '01JD8X3K5Q7R9T2V4W6Y8Z0NC1';

    const note = await client.creditNotes.create(creditNoteBody(invoice.id, refs.product), { idempotencyKey: key });

    const posts = requestsTo(sb, 'POST', '/v1/credit-notes');
    expect(posts.map((r) => r.status)).toEqual(['dropped', expect.any(Number)]);
    expect(posts.every((r) => r.idempotencyKey === key)).toBe(true);
    const created = sb.created().filter((c) => c.resource === 'credit-notes');
    expect(created).toHaveLength(1);
    expect(note.id).toBe(created[0]?.id);
    expect(note.total).toBe(1190);
    expect(note.invoice?.id).toBe(invoice.id);
    client.close();
  });

  it('the same key sent again later (outbox replay) returns the same note; get, list and pdf read it', async () => {
    sb = await sandbox();
    const { client, refs, invoice } = await soldInvoice(sb);
    const body = creditNoteBody(invoice.id, refs.product);
    const first = await client.creditNotes.create(body, { idempotencyKey: 'NCREPLAY1' });
    const again = await client.creditNotes.create(body, { idempotencyKey: 'NCREPLAY1' });
    expect(again.id).toBe(first.id);
    expect(sb.created().filter((c) => c.resource === 'credit-notes')).toHaveLength(1);

    expect((await client.creditNotes.get(first.id)).name).toBe(first.name);
    const page = await client.creditNotes.list({ created_start: new Date(Date.now() - 3_600_000), page_size: 10 });
    expect(page.results.map((n) => n.id)).toContain(first.id);
    expect((await client.creditNotes.pdf(first.id)).base64.length).toBeGreaterThan(0);
    client.close();
  });

  it("Siigo's refusal of a note comes back as rejected, with its code, and is not retried", async () => {
    sb = await sandbox();
    const { client, refs, invoice } = await soldInvoice(sb);
    const tooMany = { ...creditNoteBody(invoice.id, refs.product), items: [{ code: refs.product, quantity: 2, price: 1000 }] };
    const error = await rejectionOf(client.creditNotes.create({ ...tooMany, payments: [{ id: tooMany.payments[0]!.id, value: 2000 }] }, { idempotencyKey: 'NCTOOMANY1' }));
    expect(error.kind).toBe('rejected');
    expect(error.errors[0]?.Code).toBe('invalid_value');
    expect(requestsTo(sb, 'POST', '/v1/credit-notes')).toHaveLength(1);
    client.close();
  });

  it('an Idempotency-Key with hyphens → invalid_input, nothing sent', async () => {
    sb = await sandbox();
    const { client } = clientFor(sb);
    const error = await rejectionOf(
      client.creditNotes.create(creditNoteBody('302580df-838b-4531-b8bf-dd3c98b34059', 'P1'), { idempotencyKey: '3f2b6c1e-8a4d-4f7e' }),
    );
    expect(error.kind).toBe('invalid_input');
    expect(sb.requests()).toHaveLength(0);
    client.close();
  });
});

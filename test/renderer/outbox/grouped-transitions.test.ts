import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { MostradorDB } from '../../../src-renderer/data/db';
import { queueDocument } from '../../../src-renderer/data/outbox/queue-document';
import { groupedTransitions } from '../../../src-renderer/data/outbox/transitions';
import { countWriteTransactions } from '../support/transactions';

let db: MostradorDB;
afterEach(() => db?.close());

async function queued(count: number): Promise<string[]> {
  db = new MostradorDB('grouped', { indexedDB: new IDBFactory(), IDBKeyRange });
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const { operationId } = await queueDocument(db, { kind: 'customer', body: { identification: String(i) }, summary: {} }, async () => undefined);
    ids.push(operationId);
  }
  return ids;
}

describe('grouped transitions (the replay pool)', () => {
  it('commits transitions asked for while one commits together, each with its document and audit line', async () => {
    const ids = await queued(8);
    const transactions = countWriteTransactions(db);
    const transition = groupedTransitions(db);
    const rows = await Promise.all(ids.map((id) => transition(id, 'sending', { event: 'sending', detail: 'Intento 1' })));
    expect(rows.map((row) => row.state)).toEqual(ids.map(() => 'sending'));
    // The first goes alone; the seven asked for while it committed share the next transaction.
    expect(transactions()).toBe(2);
    const documents = await db.documents.toArray();
    expect(documents.map((d) => d.state)).toEqual(ids.map(() => 'sending'));
    const audit = (await db.audit.toArray()).filter((line) => line.event === 'sending');
    expect(audit.map((line) => `${line.from}→${line.to}`)).toEqual(ids.map(() => 'queued→sending'));
  });

  it('fails a transition that is not allowed alone: the others in its group are written', async () => {
    const ids = await queued(3);
    const transition = groupedTransitions(db);
    await transition(ids[0]!, 'sending', { event: 'sending', detail: '' });
    const outcomes = await Promise.allSettled([
      transition(ids[1]!, 'sending', { event: 'sending', detail: '' }),
      transition(ids[2]!, 'sent', { event: 'sent', detail: '' }), // queued → sent is not a transition
      transition('no-such-operation', 'sending', { event: 'sending', detail: '' }),
      transition(ids[0]!, 'sent', { event: 'sent', detail: '' }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    const states = await db.outbox.bulkGet(ids);
    expect(states.map((op) => op?.state)).toEqual(['sent', 'sending', 'queued']);
    expect((await db.audit.toArray()).filter((line) => line.to === 'sent')).toHaveLength(1);
  });

  it('writes nothing of a group whose write fails, and rejects every transition in it', async () => {
    const ids = await queued(3);
    const transition = groupedTransitions(db);
    const first = transition(ids[0]!, 'sending', { event: 'sending', detail: '' });
    // A value IndexedDB cannot store: the put fails and the transaction aborts.
    const broken = { event: 'sending', detail: '', document: { summary: { total: () => 0 } as never } };
    const group = await Promise.allSettled([
      transition(ids[1]!, 'sending', { event: 'sending', detail: '' }),
      transition(ids[2]!, 'sending', broken),
    ]);
    await first;
    expect(group.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    const states = await db.outbox.bulkGet(ids);
    expect(states.map((op) => op?.state)).toEqual(['sending', 'queued', 'queued']);
    expect((await db.audit.toArray()).filter((line) => line.event === 'sending')).toHaveLength(1);
  });
});

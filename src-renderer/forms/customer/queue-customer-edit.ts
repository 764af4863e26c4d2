import type { CustomerCreate } from '../../../src-shared/siigo';
import type { Services } from '../../app/services';
import { confirmUpdate, type UpdateResult } from '../../data/outbox/queue-update';
import type { UpdateTarget } from '../../data/outbox/rows';
import { customerDisplayName } from './customer-form-model';

/**
 * Queues the edit of a customer: the whole body a PUT needs (see `customerBodyFrom`), validated
 * like a new customer, journaled, then sent when Siigo can be reached. While the customer's
 * creation or an earlier edit is still waiting, the outbox folds it into that one (`merged`).
 */
export async function queueCustomerEdit(services: Pick<Services, 'db' | 'outbox'>, target: UpdateTarget, body: CustomerCreate): Promise<UpdateResult> {
  const summary = { customerIdentification: body.identification, customerName: customerDisplayName(body), label: 'Cambios del cliente' };
  const result = await confirmUpdate(services.db, { kind: 'customerUpdate', target, body, summary }, services.outbox.journal);
  if (result.ok) void services.outbox.trigger().catch(() => undefined);
  return result;
}

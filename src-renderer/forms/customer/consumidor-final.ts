import type { CustomerCreate } from '../../../src-shared/siigo';
import type { MostradorDB } from '../../data/db';
import { customerByIdentification } from '../../data/mirror/lookups';
import type { DocumentToQueue } from '../../data/outbox/queue-document';
import type { ConfirmResult } from '../../data/outbox/confirm-document';
import { fromMirror, localCustomers, type ChosenCustomer } from './chosen-customer';

/**
 * The DIAN's generic final consumer: a counter sale to a buyer who gives no identification is
 * invoiced to 222222222222 "Consumidor final", which must exist as a customer in the company's
 * Siigo (FIELD-NOTES.md, "Documents and dates").
 */
export const CONSUMIDOR_FINAL_ID = '222222222222';
export const CONSUMIDOR_FINAL_NAME = 'Consumidor final';

/** How the app creates it when the company's Siigo does not have it yet: a person with a contact (invoices need one). */
export const consumidorFinalBody: CustomerCreate = {
  type: 'Customer',
  person_type: 'Person',
  id_type: '13',
  identification: CONSUMIDOR_FINAL_ID,
  name: ['Consumidor', 'final'],
  branch_office: 0,
  vat_responsible: false,
  fiscal_responsibilities: [{ code: 'R-99-PN' }],
  address: { address: 'Sin dirección', city: { country_code: 'Co', state_code: '11', city_code: '11001' } },
  contacts: [{ first_name: 'Consumidor', last_name: 'final' }],
};

type Queue = (input: DocumentToQueue) => Promise<ConfirmResult>;

const inFlight = new WeakMap<MostradorDB, Promise<ChosenCustomer>>();

/**
 * The final consumer as a sale's customer. Found in the mirror, else among this PC's customer
 * documents (queued or sent, so a second sale waits for the same one), else queued for creation
 * once. Calls for one database are serialised: two sales confirmed back to back never queue it
 * twice. The outbox's customer replay looks it up before creating it, so a company whose Siigo
 * has it already (created elsewhere meanwhile) adopts it instead of getting a second one.
 */
export function ensureConsumidorFinal(db: MostradorDB, queue: Queue): Promise<ChosenCustomer> {
  const previous = inFlight.get(db) ?? Promise.resolve(null);
  const next = previous.catch(() => null).then(() => findOrQueue(db, queue));
  inFlight.set(db, next);
  return next;
}

async function findOrQueue(db: MostradorDB, queue: Queue): Promise<ChosenCustomer> {
  const local = (await localCustomers(db, CONSUMIDOR_FINAL_ID)).find((c) => c.identification === CONSUMIDOR_FINAL_ID && c.branchOffice === 0);
  if (local?.pendingDocumentId) return { ...local, name: CONSUMIDOR_FINAL_NAME };
  const row = await customerByIdentification(db, CONSUMIDOR_FINAL_ID, 0);
  if (row) return { ...fromMirror(row), name: CONSUMIDOR_FINAL_NAME };
  if (local) return { ...local, name: CONSUMIDOR_FINAL_NAME };
  const result = await queue({
    kind: 'customer',
    body: consumidorFinalBody,
    summary: { customerIdentification: CONSUMIDOR_FINAL_ID, customerName: CONSUMIDOR_FINAL_NAME, label: CONSUMIDOR_FINAL_NAME },
  });
  if (!result.ok) throw new Error(`No se pudo registrar el consumidor final: ${result.issues.map((issue) => issue.message).join('; ')}`);
  return { identification: CONSUMIDOR_FINAL_ID, branchOffice: 0, name: CONSUMIDOR_FINAL_NAME, pendingDocumentId: result.documentId };
}

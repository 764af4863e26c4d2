/**
 * Seed customers: persons with a cédula (id_type 13) and companies with a NIT (id_type 31) whose
 * check digit follows DIAN's modulo 11. Every ~37th is inactive and every ~41st has no contacts
 * (so `customer_settings` can be exercised); a few companies also have branch office 1.
 * Nested objects that never change in place (cities, id types, fiscal responsibilities) are
 * shared between records to keep 100,000 customers cheap; updates replace whole records.
 */
import { nitCheckDigit } from '../check-digits';
import type { Prng } from '../prng';
import type { Customer } from '../domain/types';
import {
  CITIES, COMPANY_NAMES, COMPANY_SUFFIXES, COMPANY_WORDS, FIRST_NAMES, FISCAL_RESPONSIBILITIES, ID_TYPES,
  LAST_NAMES, STREET_TYPES, asciiSlug,
} from './colombia';

const PERSON_ID_TYPE = { code: '13', name: ID_TYPES['13'] ?? 'Cédula de ciudadanía' };
const COMPANY_ID_TYPE = { code: '31', name: ID_TYPES['31'] ?? 'NIT' };
const NOT_RESPONSIBLE = [{ code: 'R-99-PN', name: FISCAL_RESPONSIBILITIES['R-99-PN'] ?? '' }];
const SIMPLE_REGIME = [{ code: 'O-47', name: FISCAL_RESPONSIBILITIES['O-47'] ?? '' }];
const LARGE_TAXPAYER = [{ code: 'O-13', name: FISCAL_RESPONSIBILITIES['O-13'] ?? '' }];

export interface TimeSpan {
  /** Creation time of the first and last seeded record (ms epoch); spread evenly between. */
  fromMs: number;
  toMs: number;
  /**
   * How many records the span is spread over (default: as many as generated). More slots than
   * records leaves the last ones free for fixed records, without moving the generated ones.
   */
  slots?: number;
}

/** Creation time of record `index` of a span. */
export function slotTime(span: TimeSpan, count: number, index: number): number {
  const slots = span.slots ?? count;
  const step = slots > 1 ? (span.toMs - span.fromMs) / (slots - 1) : 0;
  return Math.round(span.fromMs + index * step);
}

export function seedCustomers(count: number, rng: Prng, span: TimeSpan, sellerIds: number[]): Customer[] {
  const out: Customer[] = [];
  const usedIdentifications = new Set<string>();
  for (let i = 0; i < count; i++) {
    const createdMs = slotTime(span, count, i);
    const isCompany = rng.chance(0.3);
    let identification: string;
    do {
      identification = isCompany ? String(rng.int(800_000_000, 901_999_999)) : String(rng.int(10_000_000, 1_199_999_999));
    } while (usedIdentifications.has(identification));
    usedIdentifications.add(identification);
    const customer = isCompany ? company(rng, identification) : person(rng, identification);
    customer.id = rng.uuid();
    customer.active = i % 37 !== 36;
    if (i % 41 === 40) customer.contacts = [];
    customer.related_users = { seller_id: rng.pick(sellerIds), collector_id: rng.pick(sellerIds) };
    const updated = rng.chance(0.2) ? createdMs + rng.int(1, 30) * 86_400_000 : null;
    customer.metadata = {
      created: new Date(createdMs).toISOString(),
      last_updated: updated !== null && updated <= span.toMs ? new Date(updated).toISOString() : null,
    };
    out.push(customer);
    // A few companies have a second branch office with the same NIT.
    if (isCompany && i % 50 === 7 && out.length < count && i + 1 < count) {
      const branch: Customer = { ...customer, id: rng.uuid(), branch_office: 1, commercial_name: `${customer.commercial_name} - Sucursal Norte` };
      branch.address = { ...customer.address, address: address(rng) };
      out.push(branch);
      i++;
    }
  }
  return out;
}

function address(rng: Prng): string {
  return `${rng.pick(STREET_TYPES)} ${rng.int(1, 180)}${rng.chance(0.3) ? rng.pick(['A', 'B', 'C', 'Bis']) : ''} # ${rng.int(1, 120)} - ${rng.int(1, 99)}`;
}

function mobile(rng: Prng): string {
  return `3${rng.pick(['00', '01', '10', '11', '12', '13', '14', '15', '16', '17', '18', '20', '22'])}${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
}

function base(rng: Prng, identification: string): Customer {
  const city = rng.pick(CITIES);
  return {
    id: '',
    type: 'Customer',
    person_type: 'Person',
    id_type: PERSON_ID_TYPE,
    identification,
    check_digit: undefined,
    name: [],
    commercial_name: '',
    branch_office: 0,
    active: true,
    vat_responsible: false,
    fiscal_responsibilities: NOT_RESPONSIBLE,
    address: { address: address(rng), city, postal_code: `${city.city_code.slice(0, 2)}${String(rng.int(0, 9999)).padStart(4, '0')}` },
    phones: [{ indicative: '57', number: mobile(rng) }],
    contacts: [],
    comments: '',
    metadata: { created: '', last_updated: null },
  };
}

function person(rng: Prng, identification: string): Customer {
  const first = rng.pick(FIRST_NAMES);
  const last = `${rng.pick(LAST_NAMES)} ${rng.pick(LAST_NAMES)}`;
  const c = base(rng, identification);
  c.name = [first, last];
  c.contacts = [{
    first_name: first,
    last_name: last,
    email: `${asciiSlug(first)}.${asciiSlug(last.split(' ')[0] ?? last)}${rng.int(1, 99)}@${rng.pick(['gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.com'])}`,
    phone: { indicative: '57', number: mobile(rng) },
  }];
  return c;
}

function company(rng: Prng, nit: string): Customer {
  const commercial = `${rng.pick(COMPANY_WORDS)} ${rng.pick(COMPANY_NAMES)}`;
  const c = base(rng, nit);
  c.person_type = 'Company';
  c.id_type = COMPANY_ID_TYPE;
  c.check_digit = String(nitCheckDigit(nit));
  c.name = [`${commercial} ${rng.pick(COMPANY_SUFFIXES)}`];
  c.commercial_name = commercial;
  c.vat_responsible = true;
  c.fiscal_responsibilities = rng.chance(0.1) ? LARGE_TAXPAYER : rng.chance(0.3) ? SIMPLE_REGIME : NOT_RESPONSIBLE;
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  c.contacts = [{
    first_name: first,
    last_name: last,
    email: `${rng.pick(['facturacion', 'contabilidad', 'compras', 'gerencia'])}@${asciiSlug(commercial).replace(/\./g, '')}.com.co`,
    phone: { indicative: '57', number: mobile(rng) },
  }];
  return c;
}

/**
 * The generic final consumer ("Consumidor final", identification 222222222222) that Colombian
 * companies keep in Siigo for sales to buyers who give no identification (FIELD-NOTES
 * "Documents and dates"). Invoices require the customer to have contacts, so it has one. Every
 * store has it, as its last customer, so no generated customer moves to make room for it.
 */
import type { Customer } from '../domain/types';
import { DEMO_IDS } from './catalogs';
import { CITY_BY_CODE, FISCAL_RESPONSIBILITIES, ID_TYPES } from './colombia';

export function consumidorFinal(id: string, createdMs: number): Customer {
  const bogota = CITY_BY_CODE.get('11001');
  if (!bogota) throw new Error('seed city 11001 (Bogotá) missing');
  return {
    id,
    type: 'Customer',
    person_type: 'Person',
    id_type: { code: '13', name: ID_TYPES['13'] ?? 'Cédula de ciudadanía' },
    identification: DEMO_IDS.consumidorFinal,
    name: ['Consumidor', 'final'],
    commercial_name: '',
    branch_office: 0,
    active: true,
    vat_responsible: false,
    fiscal_responsibilities: [{ code: 'R-99-PN', name: FISCAL_RESPONSIBILITIES['R-99-PN'] ?? '' }],
    address: { address: 'Calle 13 # 68 - 45', city: bogota, postal_code: '110931' },
    phones: [{ indicative: '57', number: '6013000000' }],
    contacts: [{ first_name: 'Consumidor', last_name: 'final', email: 'consumidor.final@ferreteriaelprogreso.co' }],
    comments: 'Cliente genérico para ventas a compradores que no se identifican',
    metadata: { created: new Date(createdMs).toISOString(), last_updated: null },
  };
}

import { describe, expect, it } from 'vitest';
import { customerSchema, invoiceSchema } from '../../../src-shared/siigo';
import { extractJsonAfter, readSeed } from './blueprint-examples';

// The seed pages are Siigo doc pages saved as text: prose, a curl request, then "Success" and
// the response JSON.

describe('seed responses', () => {
  it('the invoice of the edit-invoice page parses, unknown fields kept', () => {
    const json = extractJsonAfter(readSeed('002_55224b3041823a85.txt'), '\nSuccess\n');
    const invoice = invoiceSchema.parse(json);
    expect(invoice.id).toBe('63f918c2-ca65-4edc-a7db-66bcdd5159fb');
    expect(invoice.name).toBe('FV-2-22');
    expect(invoice.total).toBe(25.5);
    expect(invoice.items?.[0]?.discount?.value).toBe(130);
    expect(invoice.items?.[0]?.warehouse?.id).toBe(15);
    expect(invoice.metadata?.created).toBe('string');
    // Not modelled, still there.
    expect(invoice.metadata?.['stock_updated']).toBe('string');
    expect(invoice.stamp?.['cude']).toBe('string');
  });

  it('the customer of the create-customer page parses', () => {
    const json = extractJsonAfter(readSeed('004_8081bae053b4b2b9.txt'), '\nSuccess\n');
    const customer = customerSchema.parse(json);
    expect(customer.identification).toBe('13832081');
    expect(customer.id_type?.code).toBe('13');
    expect(customer.address?.city?.city_name).toBe('Popayán');
    expect(customer.metadata?.last_updated).toBeNull();
    expect(customer.custom_fields?.[0]?.key).toBe('YearsOld');
  });
});

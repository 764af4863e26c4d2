import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  deletionResultSchema,
  invoiceAnnulResultSchema,
  invoiceBatchFailedSchema,
  invoiceBatchNotificationSchema,
  invoiceCreateSchema,
  invoiceSchema,
  productCreateSchema,
  siigoErrorBodySchema,
  voucherCreateSchema,
} from '../../../src-shared/siigo';
import { type BlueprintExample, loadResourceExamples, parseExampleJson } from './blueprint-examples';
import { minimalInvoiceCreate, minimalInvoiceRead } from './fixtures';

/** Resources the app does not read or write: their examples are not checked. */
const skippedFiles: Record<string, string> = {
  '04-categorias-de-inventario.md': 'account groups are not modelled',
  '08-notas-credito.md': 'its examples are notes to invoices outside Siigo (invoice_data) and health-sector fields, neither modelled',
  '09-factura-de-compra-o-gasto.md': 'purchases are not modelled',
  '11-recibos-de-pago-o-egreso.md': 'payment receipts are not modelled',
  '12-comprobantes-contables.md': 'journals are not modelled',
  '13-reportes.md': 'reports are not modelled',
};

const branchOfficeAsNumber = (text: string): string => text.replace(/"branch_office": "(\d+)"/g, '"branch_office": $1');
const withoutTrailingCommas = (text: string): string => text.replace(/,(\s*[}\]])/g, '$1');

/**
 * Blueprint examples that are themselves wrong. Each must keep failing as it is, and pass once
 * `repair` undoes the mistake (so it fails for the stated reason, not another one).
 */
const knownBroken: Record<string, { reason: string; repair: (text: string) => string }> = {
  '06 POST /v1/invoices doc «Json del objeto de customer para su creación desde la factura de venta:»': {
    reason: 'customer.branch_office is the string "0"; the field tables type it as a number',
    repair: branchOfficeAsNumber,
  },
  '06 POST /v1/invoices doc «Json de ejemplo de un item con ingresos para terceros»': {
    reason: 'invalid JSON: trailing comma after items[].customer.branch_office, itself the string "0"',
    repair: (text) => branchOfficeAsNumber(withoutTrailingCommas(text)),
  },
  '06 POST /v1/invoices doc «Json de ejemplo de un item con valor en 0 de obsequio:»': {
    reason: 'invalid JSON: the block starts with a stray "],"',
    repair: (text) => text.replace(/^\],\s*/, ''),
  },
  '06 POST /v1/invoices doc «Json de ejemplo de campos del sector salud para el tipo SS-CUFE»': {
    reason: 'invalid JSON: trailing comma after recovery_charge',
    repair: withoutTrailingCommas,
  },
  '06 GET /v1/invoices/{invoice_id} doc «Json de ejemplo de campos del sector salud»': {
    reason: 'invalid JSON: a trailing "}," followed by an unmatched "}"',
    repair: (text) => text.replace(/\},\s*\}\s*$/, '}'),
  },
  '10 POST /v1/vouchers doc «Json de ejemplo de un recibo de anticipo:»': {
    reason: 'customer.branch_office is the string "0"; the field table types it as a number',
    repair: branchOfficeAsNumber,
  },
};

type Check = { schema: z.ZodType; build: (json: unknown) => unknown };

const asIs = (schema: z.ZodType): Check => ({ schema, build: (json) => json });
const mergedInto = (schema: z.ZodType, base: Record<string, unknown>): Check => ({
  schema,
  build: (json) => ({ ...base, ...(json as Record<string, unknown>) }),
});

/** Which schema an example must satisfy; fragments are merged into a minimal valid document. */
function checkFor(example: BlueprintExample): Check | undefined {
  const { method, path, kind, status } = example;
  if (kind === 'response' && status !== undefined && status >= 400) return asIs(siigoErrorBodySchema);
  if (kind === 'response' && method === 'DELETE') return asIs(deletionResultSchema);
  if (kind === 'response' && path.endsWith('/annul')) return asIs(invoiceAnnulResultSchema);
  if (kind !== 'doc') return undefined;
  if (method === 'POST' && path === '/v1/products') return asIs(productCreateSchema);
  if (method === 'POST' && path === '/v1/invoices/batch') return asIs(invoiceBatchNotificationSchema);
  if (method === 'POST' && path === '/v1/invoices') return mergedInto(invoiceCreateSchema, minimalInvoiceCreate);
  if (method === 'GET' && path.startsWith('/v1/invoices/')) return mergedInto(invoiceSchema, minimalInvoiceRead);
  if (method === 'POST' && path.toLowerCase() === '/v1/vouchers') return asIs(voucherCreateSchema);
  return undefined;
}

const examples = loadResourceExamples();
const checked = examples.filter((example) => skippedFiles[example.file] === undefined);

describe('Blueprint JSON examples', () => {
  it('finds the examples of the modelled resources', () => {
    const files = new Set(checked.map((example) => example.file));
    for (const file of ['03-productos.md', '06-facturas-de-venta.md', '07-cotizaciones.md', '10-recibos-de-caja.md']) {
      expect(files).toContain(file);
    }
    expect(checked.length).toBeGreaterThanOrEqual(15);
  });

  it('lists only exceptions that exist', () => {
    const keys = new Set(checked.map((example) => example.key));
    for (const key of Object.keys(knownBroken)) expect(keys).toContain(key);
  });

  for (const example of checked) {
    const name = `${example.key} (${example.file}:${example.line})`;
    const broken = knownBroken[example.key];
    const check = checkFor(example);

    if (broken !== undefined) {
      it(`${name} is a known exception: ${broken.reason}`, () => {
        expect(check, 'no schema mapped to this example').toBeDefined();
        if (check === undefined) return;
        const asWritten = example.jsonError === undefined && check.schema.safeParse(check.build(example.json)).success;
        expect(asWritten, 'the example now passes: remove it from knownBroken').toBe(false);
        const repaired = parseExampleJson(broken.repair(example.text));
        expect(repaired.jsonError).toBeUndefined();
        expect(check.schema.safeParse(check.build(repaired.json)).error?.issues ?? []).toEqual([]);
      });
      continue;
    }

    it(name, () => {
      expect(example.jsonError, 'the example is not valid JSON').toBeUndefined();
      expect(check, 'no schema mapped to this example').toBeDefined();
      if (check === undefined) return;
      const result = check.schema.safeParse(check.build(example.json));
      expect(result.error?.issues ?? []).toEqual([]);
    });
  }
});

describe('the batch notification example', () => {
  const example = examples.find((candidate) => candidate.key.includes('/v1/invoices/batch doc'));

  it('parses as a whole and each created invoice parses as an invoice', () => {
    const notification = invoiceBatchNotificationSchema.parse(example?.json);
    expect(notification.invoices).toHaveLength(2);
    const created = notification.invoices.filter((entry) => !('error' in entry));
    expect(created).toHaveLength(1);
    for (const entry of created) {
      const invoice = invoiceSchema.parse(entry);
      expect(invoice.name).toBe('FV-890-7751');
      expect(invoice.stamp?.status).toBe('Accepted');
    }
    const failed = invoiceBatchFailedSchema.parse(notification.invoices.find((entry) => 'error' in entry));
    expect(failed.error.errors[0]?.code).toBe('invalid_total_payments');
  });
});

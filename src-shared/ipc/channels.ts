/**
 * The names of every bridge channel, without their schemas, so the preload can allow-list them
 * without bundling zod. `contract.ts` must define exactly these channels (enforced by `satisfies`).
 */
export const invokeChannels = [
  'app:info',
  'connection:get',
  'connection:set',
  'connection:test',
  'connection:probe',
  'journal:append',
  'journal:read',
  'customers:list',
  'customers:get',
  'customers:create',
  'customers:update',
  'products:list',
  'products:get',
  'invoices:create',
  'invoices:get',
  'invoices:list',
  'invoices:pdf',
  'invoices:send-mail',
  'invoices:stamp-errors',
  'credit-notes:create',
  'credit-notes:get',
  'credit-notes:list',
  'credit-notes:pdf',
  'quotations:create',
  'quotations:get',
  'quotations:list',
  'quotations:update',
  'vouchers:create',
  'vouchers:get',
  'vouchers:list',
  'catalogs:document-types',
  'catalogs:payment-types',
  'catalogs:taxes',
  'catalogs:users',
  'catalogs:warehouses',
  'catalogs:price-lists',
  'catalogs:cost-centers',
  // The desktop shell (tray, notifications, Ajustes, support). In the browser preview they are no-ops.
  'settings:get',
  'settings:set',
  'shell:sync-status',
  'shell:dian-changes',
  'shell:needs-attention',
  'shell:open-external',
  'shell:print',
  'shell:save-pdf',
  'shell:printers',
  'admin:status',
  'admin:unlock',
  'admin:verify',
  'admin:lock',
  'admin:set-pin',
  'admin:reset-pin',
  'diagnostics:export',
  // Seeding a counter from another's mirror (Ajustes › Administración; src-shared/snapshot/).
  'snapshot:export-open',
  'snapshot:export-write',
  'snapshot:export-close',
  'snapshot:import-open',
  'snapshot:import-read',
  'snapshot:cancel',
] as const;
export type InvokeChannel = (typeof invokeChannels)[number];

/**
 * The last argument of an IPC invoke that asks for the result as UTF-8 JSON bytes instead of a
 * cloned object (see `BridgeTransport.invokeBytes`).
 */
export const INVOKE_AS_BYTES = 'bytes';

export const eventChannels = ['connection:status', 'shell:command'] as const;
export type EventChannel = (typeof eventChannels)[number];

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && (invokeChannels as readonly string[]).includes(value);
}

export function isEventChannel(value: unknown): value is EventChannel {
  return typeof value === 'string' && (eventChannels as readonly string[]).includes(value);
}

/**
 * The app's screens, in menu order, with the Alt+key that opens each one. A cashier's fingers
 * learn these keys: a new screen takes the next free one rather than moving the others.
 */
export const screens = [
  { id: 'venta', label: 'Venta', key: '1' },
  { id: 'cotizaciones', label: 'Cotizaciones', key: '2' },
  { id: 'cartera', label: 'Cartera', key: '3' },
  { id: 'clientes', label: 'Clientes', key: '4' },
  { id: 'productos', label: 'Productos', key: '5' },
  { id: 'documentos', label: 'Documentos', key: '6' },
  { id: 'sincronizacion', label: 'Sincronización', key: '7' },
  { id: 'ajustes', label: 'Ajustes', key: '8' },
  { id: 'caja', label: 'Caja', key: '9' },
] as const;

export type ScreenId = (typeof screens)[number]['id'];

/** Where a screen was asked to open: e.g. Documentos on one document, Venta from a quotation. */
export interface Navigation {
  screen: ScreenId;
  /** A document, customer or product id the screen should show first. */
  focusId?: string;
  /** Documentos: show only the documents that need a person (the tray's and Sincronización's link). */
  onlyNeedingAttention?: true;
}

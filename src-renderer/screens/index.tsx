import type { ComponentType } from 'react';
import type { ScreenId } from '../app/screens';
import { AjustesScreen } from './ajustes/AjustesScreen';
import { CajaScreen } from './caja/CajaScreen';
import { CarteraScreen } from './cartera/CarteraScreen';
import { ClientesScreen } from './clientes/ClientesScreen';
import { CotizacionesScreen } from './cotizaciones/CotizacionesScreen';
import { DocumentosScreen } from './documentos/DocumentosScreen';
import { ProductosScreen } from './productos/ProductosScreen';
import { SincronizacionScreen } from './sincronizacion/SincronizacionScreen';
import { VentaScreen } from './venta/VentaScreen';

export const screenComponents: Record<ScreenId, ComponentType> = {
  venta: VentaScreen,
  cotizaciones: CotizacionesScreen,
  cartera: CarteraScreen,
  clientes: ClientesScreen,
  productos: ProductosScreen,
  documentos: DocumentosScreen,
  sincronizacion: SincronizacionScreen,
  ajustes: AjustesScreen,
  caja: CajaScreen,
};

import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/services';
import type { ProductRow } from '../../data/mirror/rows';
import { DetailBadges } from '../../ui/DetailBadges';
import { DetailPanel } from '../../ui/DetailPanel';
import { Money } from '../../ui/Money';
import { formatQuantity, priceRows, productTaxes, productTypeLabel, stockRows } from './product-facts';

/** One product: prices per list with and without taxes, its taxes, stock per warehouse. */
export function ProductDetail({ row }: { row: ProductRow }) {
  const { db } = useServices();
  const catalogs = useLiveQuery(
    async () => ({ taxes: await db.taxes.toArray(), lists: await db.priceLists.toArray(), warehouses: await db.warehouses.toArray() }),
    [db],
  );
  const product = row.siigo;
  const taxes = productTaxes(product, catalogs?.taxes ?? []);
  const prices = priceRows(product, taxes, catalogs?.lists ?? []);
  const stock = stockRows(product, catalogs?.warehouses ?? []);
  const barcode = product.additional_fields?.barcode;
  return (
    <DetailPanel
      titleId="product-title"
      title={product.name}
      subtitle={`Código ${product.code}${barcode ? ` · Código de barras ${barcode}` : ''}`}
      aside={
        <DetailBadges active={row.active}>
          <span className="badge badge-neutral">{productTypeLabel(product.type)}</span>
        </DetailBadges>
      }
    >
      <dl className="facts">
        {product.reference && (
          <>
            <dt>Referencia</dt>
            <dd>{product.reference}</dd>
          </>
        )}
        {product.additional_fields?.brand && (
          <>
            <dt>Marca</dt>
            <dd>{product.additional_fields.brand}</dd>
          </>
        )}
        <dt>Unidad</dt>
        <dd>{product.unit_label ?? product.unit?.name ?? '—'}</dd>
        <dt>Impuestos</dt>
        <dd>
          {taxes.length === 0
            ? 'Sin impuestos'
            : taxes.map((t) => `${t.name}${t.percentage !== null && !t.name.includes('%') ? ` (${String(t.percentage).replace('.', ',')} %)` : ''}`).join(' · ')}
        </dd>
      </dl>

      <h3>Precios</h3>
      {prices.length === 0 ? (
        <p className="muted">Sin precios en Siigo.</p>
      ) : (
        <table aria-label="Precios por lista">
          <thead>
            <tr>
              <th>Lista de precios</th>
              <th className="num">{product.tax_included ? 'Precio (incluye impuestos)' : 'Precio sin impuestos'}</th>
              <th className="num">Precio con impuestos</th>
            </tr>
          </thead>
          <tbody>
            {prices.map((p) => (
              <tr key={`${p.currency}-${p.position}`}>
                <td>
                  {p.listName}
                  {p.currency !== 'COP' ? ` (${p.currency})` : ''}
                </td>
                <td className="num">
                  <Money value={p.price} />
                </td>
                <td className="num">
                  <Money value={p.withTaxes} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>Existencias</h3>
      {product.type === 'Service' ? (
        <p className="muted">Un servicio no maneja inventario.</p>
      ) : (
        <table aria-label="Existencias por bodega">
          <thead>
            <tr>
              <th>Bodega</th>
              <th className="num">Cantidad</th>
            </tr>
          </thead>
          <tbody>
            {stock.rows.map((w) => (
              <tr key={w.id}>
                <td>{w.name}</td>
                <td className="num">{formatQuantity(w.quantity)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td>Total disponible</td>
              <td className="num">{formatQuantity(stock.total)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </DetailPanel>
  );
}

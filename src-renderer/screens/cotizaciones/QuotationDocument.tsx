import type { QuotationPrint } from './quotation-print-model';
import './quotation-print.css';

export type PageSize = 'Letter' | 'A4';

/**
 * The quotation as a full page (carta or A4) for the customer: printed, saved as PDF or attached
 * to an e-mail. Siigo's API has no quotation PDF, so it is drawn here from the local document.
 * The lines' header repeats on every page and a line is never cut between pages (quotation-print.css).
 */
export function QuotationDocument({ model, pageSize }: { model: QuotationPrint; pageSize: PageSize }) {
  return (
    <div className={`quotation-page page-${pageSize.toLowerCase()}`} data-page-size={pageSize} data-testid="quotation-document">
      <header className="qp-head">
        <div className="qp-issuer">
          <p className="qp-issuer-name">{model.issuer.name}</p>
          {model.issuer.lines.map((line) => <p key={line}>{line}</p>)}
        </div>
        <div className="qp-title">
          <p className="qp-kind">COTIZACIÓN</p>
          <p className="qp-number">{model.number ?? 'Número pendiente (aún no está en Siigo)'}</p>
          <dl className="qp-dates">
            <dt>Fecha</dt><dd>{model.date}</dd>
            {model.validUntil && <><dt>Válida hasta</dt><dd>{model.validUntil}</dd></>}
          </dl>
        </div>
      </header>
      <section className="qp-parties">
        <div>
          <p className="qp-label">Cliente</p>
          <p className="qp-strong">{model.customer.name}</p>
          {model.customer.identification && <p>NIT / C.C. {model.customer.identification}</p>}
        </div>
        {model.seller && (
          <div>
            <p className="qp-label">Vendedor</p>
            <p>{model.seller}</p>
          </div>
        )}
      </section>
      <table className="qp-lines">
        <thead>
          <tr>
            <th className="qp-code">Código</th>
            <th>Descripción</th>
            <th className="num">Cant.</th>
            <th className="num">Precio unit.</th>
            {model.discounts && <th className="num">Desc.</th>}
            <th>Impuestos</th>
            <th className="num">Total</th>
          </tr>
        </thead>
        <tbody>
          {model.lines.map((line) => (
            <tr key={line.key}>
              <td className="qp-code">{line.code}</td>
              <td>{line.description}</td>
              <td className="num">{line.quantity}</td>
              <td className="num">{line.price}</td>
              {model.discounts && <td className="num">{line.discount ?? ''}</td>}
              <td className="qp-taxes">{line.taxes || 'Sin impuesto'}</td>
              <td className="num">{line.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section className="qp-bottom">
        <div className="qp-notes">
          {model.taxes.length > 0 && (
            <table className="qp-tax-table">
              <thead><tr><th>Impuesto</th><th className="num">Base</th><th className="num">Valor</th></tr></thead>
              <tbody>
                {model.taxes.map((tax) => <tr key={tax.name}><td>{tax.name}</td><td className="num">{tax.base}</td><td className="num">{tax.value}</td></tr>)}
              </tbody>
            </table>
          )}
          {model.notes && (
            <>
              <p className="qp-label">Observaciones</p>
              <p className="qp-observations">{model.notes}</p>
            </>
          )}
        </div>
        <dl className="qp-totals" aria-label="Totales de la cotización">
          <dt>Subtotal</dt><dd>{model.subtotal}</dd>
          {model.discount && <><dt>Descuentos</dt><dd>{model.discount}</dd></>}
          {model.taxes.map((tax) => <div key={tax.name} className="qp-row"><dt>{tax.name}</dt><dd>{tax.value}</dd></div>)}
          <dt className="qp-total">Total</dt><dd className="qp-total">{model.total}</dd>
        </dl>
      </section>
      <footer className="qp-footer">
        {model.validUntil ? `Precios válidos hasta el ${model.validUntil}. ` : ''}Valores en pesos colombianos. Esta cotización no es una factura.
      </footer>
    </div>
  );
}

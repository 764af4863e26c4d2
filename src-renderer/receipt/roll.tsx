import { useState, type ReactNode } from 'react';
import type { Issuer, RollWidth } from '../../src-shared/ipc/desktop';
import { formatCop } from '../../src-shared/money/format-cop';
import type { Decimal } from '../../src-shared/money/decimal';
import { dianQrUrl, qrModules, qrPath, QR_QUIET_ZONE } from './qr';
import { nitText, receiptDateTime, type Heading } from './receipt-model';
import './receipt.css';

/**
 * The pieces every roll document is made of (sale, credit note, cash receipt, Z report), so they
 * share one look and one print stylesheet (receipt.css). Each document component reads its data
 * and lays these out; `printReceipt()` prints whichever is on screen.
 */

type Amount = Decimal | number | string;

/** The paper: as wide as the roll chosen in Ajustes, on screen as on paper. */
export function Roll({ label, width, copy, children }: { label: string; width: RollWidth; copy?: boolean | undefined; children: ReactNode }) {
  // When the copy was made, fixed at first draw (the document re-renders as the DIAN answers).
  const [shownAt] = useState(() => new Date().toISOString());
  return (
    <article className={`receipt receipt-printable roll-${width}`} aria-label={label} data-roll={width}>
      {copy && <CopyMark />}
      {children}
      {copy && <CopyMark printedAt={shownAt} />}
    </article>
  );
}

/** A reprint says so, above and below, so it is never taken for a second sale or refund. */
function CopyMark({ printedAt }: { printedAt?: string }) {
  return (
    <p className={printedAt ? 'receipt-copy end' : 'receipt-copy'} data-testid="receipt-copy">
      COPIA{printedAt ? ` · reimpresa ${receiptDateTime(printedAt)}` : ''}
    </p>
  );
}

/** Who issues it, as typed in Ajustes; lines not filled in are left out. */
export function IssuerHeader({ issuer }: { issuer: Issuer }) {
  return (
    <header className="receipt-issuer">
      {issuer.name && <p className="receipt-issuer-name">{issuer.name}</p>}
      {issuer.nit && <p>NIT {nitText(issuer.nit)}</p>}
      {issuer.address && <p>{issuer.address}</p>}
      {issuer.phone && <p>Tel. {issuer.phone}</p>}
    </header>
  );
}

/** The DIAN numbering resolution, line breaks as typed. */
export function Resolution({ text }: { text: string }) {
  if (!text) return null;
  return (
    <p className="receipt-resolution" data-testid="receipt-resolution">
      {text}
    </p>
  );
}

/** Title, number and the plain status line (provisional until Siigo numbers it). */
export function DocumentHeading({ heading }: { heading: Heading }) {
  return (
    <div className="receipt-heading">
      <h2>{heading.title}</h2>
      {heading.number && <p className="receipt-number">No. {heading.number}</p>}
      <p className={heading.provisional ? 'receipt-status provisional' : 'receipt-status'} data-testid="receipt-status">
        {heading.status}
      </p>
    </div>
  );
}

/** Label and value pairs (date, cashier, customer…), one per line. */
export function Facts({ rows, testId }: { rows: ReadonlyArray<readonly [string, ReactNode] | null | false>; testId?: string }) {
  const shown = rows.filter((row): row is readonly [string, ReactNode] => Boolean(row));
  if (shown.length === 0) return null;
  return (
    <dl className="receipt-facts" data-testid={testId}>
      {shown.map(([label, value], i) => (
        <div key={`${label}-${i}`} className="receipt-row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A titled block, ruled above. */
export function Section({ title, children, testId }: { title?: string; children: ReactNode; testId?: string }) {
  return (
    <section className="receipt-section" data-testid={testId}>
      {title && <h3>{title}</h3>}
      {children}
    </section>
  );
}

export interface RollLine {
  key: string;
  description: string;
  /** "2 × $ 1.500" and a discount, under the description. */
  detail: string;
  total: Amount;
}

/** Products: description, then quantity × price, the line's total on the right. */
export function Lines({ lines }: { lines: readonly RollLine[] }) {
  return (
    <table className="receipt-lines">
      <tbody>
        {lines.map((line) => (
          <tr key={line.key}>
            <td>
              {line.description}
              <br />
              <span className="receipt-detail">{line.detail}</span>
            </td>
            <td className="num">{formatCop(line.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Amounts, right-aligned; `strong` rows (the total) print larger. */
export function Amounts({ rows, testId }: { rows: ReadonlyArray<{ label: string; value: Amount; strong?: boolean } | null | false>; testId?: string }) {
  const shown = rows.filter((row): row is { label: string; value: Amount; strong?: boolean } => Boolean(row));
  if (shown.length === 0) return null;
  return (
    <dl className="receipt-amounts" data-testid={testId}>
      {shown.map((row, i) => (
        <div key={`${row.label}-${i}`} className={row.strong ? 'receipt-row receipt-total' : 'receipt-row'}>
          <dt>{row.label}</dt>
          <dd>{formatCop(row.value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Taxes by rate: the base each rate applies to and the tax, as the DIAN asks a receipt to show. */
export function TaxesByRate({ taxes }: { taxes: ReadonlyArray<{ name: string; base: Amount; value: Amount }> }) {
  if (taxes.length === 0) return null;
  return (
    <table className="receipt-taxes" data-testid="receipt-taxes">
      <thead>
        <tr>
          <th>Impuesto</th>
          <th className="num">Base</th>
          <th className="num">Valor</th>
        </tr>
      </thead>
      <tbody>
        {taxes.map((tax) => (
          <tr key={tax.name}>
            <td>{tax.name}</td>
            <td className="num">{formatCop(tax.base)}</td>
            <td className="num">{formatCop(tax.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The DIAN's key of an accepted electronic document and its QR code (the DIAN's page for it).
 * `label` is CUFE for invoices, CUDE for credit notes.
 */
export function DianCode({ code, label, withQr }: { code: string; label: 'CUFE' | 'CUDE'; withQr: boolean }) {
  const url = dianQrUrl(code);
  return (
    <div className="receipt-dian">
      <p className="receipt-cufe">
        {label}: <span>{code}</span>
      </p>
      {withQr && <QrCode text={url} label={`Código QR del ${label} en la DIAN`} />}
    </div>
  );
}

export function QrCode({ text, label }: { text: string; label: string }) {
  const modules = qrModules(text);
  const size = modules.length + 2 * QR_QUIET_ZONE;
  return (
    <svg
      className="receipt-qr"
      role="img"
      aria-label={label}
      data-testid="receipt-qr"
      data-content={text}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={qrPath(modules)} fill="#000" />
    </svg>
  );
}

export function Footer({ children }: { children: ReactNode }) {
  return <footer className="receipt-footer">{children}</footer>;
}

import { quotationLifeLabels, type QuotationLife } from './quotation-life';

export function LifeBadge({ life }: { life: QuotationLife }) {
  const { text, tone } = quotationLifeLabels[life];
  return <span className={`badge badge-${tone}`} data-testid="quotation-life">{text}</span>;
}

import type { DocumentRow } from '../data/outbox/rows';
import { documentStateLabel } from './labels';

export function StateBadge({ document }: { document: Pick<DocumentRow, 'state' | 'dian'> }) {
  const { text, tone } = documentStateLabel(document);
  return <span className={`badge badge-${tone}`}>{text}</span>;
}

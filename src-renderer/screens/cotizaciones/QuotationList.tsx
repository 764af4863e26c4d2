import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/services';
import { Money } from '../../ui/Money';
import { StateBadge } from '../../ui/StateBadge';
import { displayDate } from './quotation-draft';

/** This PC's quotations, newest first, drafts included. */
export function QuotationList({ selectedId, onOpen }: { selectedId: string | null; onOpen(id: string): void }) {
  const { db } = useServices();
  const quotations = useLiveQuery(
    async () => (await db.documents.where('kind').equals('quotation').toArray())
      .filter((d) => d.state !== 'discarded')
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    [db],
  );
  if (!quotations) return <p className="muted">Cargando…</p>;
  if (quotations.length === 0) return <p className="muted">Aún no hay cotizaciones en este equipo.</p>;
  return (
    <ul className="quotation-list" aria-label="Cotizaciones">
      {quotations.map((q) => (
        <li key={q.id}>
          <button type="button" className={q.id === selectedId ? 'quotation-item active' : 'quotation-item'} aria-current={q.id === selectedId ? 'true' : undefined} onClick={() => onOpen(q.id)}>
            <span className="quotation-customer">{q.summary.customerName ?? 'Sin cliente'}</span>
            <StateBadge document={q} />
            <span className="muted small">
              {q.siigo?.name ? `${q.siigo.name} · ` : ''}{displayDate(q.createdAt.slice(0, 10))}{q.summary.label ? ` · ${q.summary.label}` : ''}
            </span>
            <Money value={q.summary.total ?? 0} />
          </button>
        </li>
      ))}
    </ul>
  );
}

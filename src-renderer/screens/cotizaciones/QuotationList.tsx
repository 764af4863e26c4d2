import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { colombiaToday } from '../../../src-shared/validation';
import { useServices } from '../../app/services';
import { Money } from '../../ui/Money';
import { LifeBadge } from './LifeBadge';
import { displayDate } from './quotation-draft';
import { quotationLife, quotationLifeLabels, quotationLives, type QuotationLife } from './quotation-life';
import { documentNumber } from '../../receipt/receipt-model';
import { quotationLinks } from './quotation-link';
import { quotationVersions } from './quotation-version';

/** This PC's quotations, newest first, drafts included, each with its life; filtered by it. */
export function QuotationList({ selectedId, onOpen }: { selectedId: string | null; onOpen(id: string): void }) {
  const { db } = useServices();
  const [filter, setFilter] = useState<QuotationLife | 'todas'>('todas');
  const quotations = useLiveQuery(async () => {
    const rows = (await db.documents.where('kind').equals('quotation').toArray())
      .filter((d) => d.state !== 'discarded')
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const [versions, links] = await Promise.all([quotationVersions(db, rows), quotationLinks(db, rows)]);
    const today = colombiaToday(new Date());
    return rows.map((quotation) => {
      const version = versions.get(quotation.id)!;
      const link = links.get(quotation.id);
      return { quotation, version, invoice: link?.invoice ?? null, life: quotationLife(quotation, { validUntil: version.validUntil, invoice: link?.invoice, refusedEdit: version.refusedEditIds.length > 0 }, today) };
    });
  }, [db]);
  if (!quotations) return <p className="muted">Cargando…</p>;
  if (quotations.length === 0) return <p className="muted">Aún no hay cotizaciones en este equipo.</p>;
  const shown = filter === 'todas' ? quotations : quotations.filter((q) => q.life === filter);
  return (
    <>
      <label className="quotation-filter">
        Estado
        <select value={filter} onChange={(event) => setFilter(event.target.value as QuotationLife | 'todas')}>
          <option value="todas">Todas</option>
          {quotationLives.filter((life) => life !== 'descartada').map((life) => <option key={life} value={life}>{quotationLifeLabels[life].text}</option>)}
        </select>
      </label>
      {shown.length === 0 && <p className="muted">Ninguna cotización en ese estado.</p>}
      <ul className="quotation-list" aria-label="Cotizaciones">
        {shown.map(({ quotation: q, version, invoice, life }) => (
          <li key={q.id}>
            <button type="button" className={q.id === selectedId ? 'quotation-item active' : 'quotation-item'} aria-current={q.id === selectedId ? 'true' : undefined} onClick={() => onOpen(q.id)}>
              <span className="quotation-customer">{version.summary.customerName ?? 'Sin cliente'}</span>
              <LifeBadge life={life} />
              <span className="muted small">
                {documentNumber(q) ? `${documentNumber(q)} · ` : ''}{displayDate(version.body.date ?? q.createdAt.slice(0, 10))}
                {version.validUntil ? ` · Válida hasta ${displayDate(version.validUntil)}` : ''}
                {invoice ? ` · ${documentNumber(invoice) ?? 'Factura en cola'}` : ''}
              </span>
              <Money value={version.summary.total ?? 0} />
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

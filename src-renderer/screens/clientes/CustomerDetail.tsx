import { FISCAL_RESPONSIBILITIES } from '../../../src-shared/validation';
import { useApp } from '../../app/app-store';
import { DetailBadges } from '../../ui/DetailBadges';
import { DetailPanel } from '../../ui/DetailPanel';
import { StateBadge } from '../../ui/StateBadge';
import { CustomerHistory } from './CustomerHistory';
import type { CustomerItem } from './customer-item';
import './clientes.css';
import { cityName, identificationLabel } from './identification';

type Phone = { indicative?: string | null; number?: string | null; extension?: string | null };
type Contact = { first_name?: string | null; last_name?: string | null; email?: string | null };

const phoneText = (phone: Phone) =>
  [phone.indicative ? `+${phone.indicative}` : '', phone.number ?? '', phone.extension ? `ext. ${phone.extension}` : ''].filter(Boolean).join(' ');

/**
 * Contact and fiscal data and history of one customer (mirrored, or created here and queued),
 * with this PC's edits over them; "Editar" opens the same form as creating.
 */
export function CustomerDetail({ item, onEdit, notice }: { item: CustomerItem; onEdit(): void; notice?: string | null }) {
  const go = useApp((state) => state.go);
  const record = item.record;
  const person = record.person_type === 'Person';
  const phones = ((record.phones ?? []) as Phone[]).map(phoneText).filter((text) => text !== '');
  const contacts = (record.contacts ?? []) as Contact[];
  const emails = contacts.filter((c) => c.email);
  const responsibilities = record.fiscal_responsibilities ?? [];
  return (
    <DetailPanel
      titleId="customer-title"
      title={item.name}
      subtitle={`${identificationLabel(record)}${item.branchOffice !== 0 ? ` · Sucursal ${item.branchOffice}` : ''}`}
      aside={
        <DetailBadges active={item.active}>
          {item.document ? <StateBadge document={item.document} /> : null}
          {item.pendingEdit ? (
            <span className="badge badge-neutral" data-testid="pending-edit" title="Se envían solos cuando haya conexión con Siigo">
              Cambios pendientes de enviar a Siigo
            </span>
          ) : null}
        </DetailBadges>
      }
    >
      {notice && (
        <p className="notice notice-ok saved-notice" role="status">
          {notice}
        </p>
      )}
      {item.pendingEdit && item.pendingEdit.state !== 'queued' && item.pendingEdit.state !== 'sending' && item.pendingEdit.state !== 'retrying' && (
        <p className="muted">
          Estado de los cambios: <StateBadge document={item.pendingEdit} /> (vea Documentos)
        </p>
      )}
      <dl className="facts">
        <dt>Tipo</dt>
        <dd>{person ? 'Persona natural' : 'Empresa'}</dd>
        {person ? (
          <>
            <dt>Nombres</dt>
            <dd>{record.name[0] ?? '—'}</dd>
            <dt>Apellidos</dt>
            <dd>{record.name[1] ?? '—'}</dd>
          </>
        ) : (
          <>
            <dt>Razón social</dt>
            <dd>{record.name.join(' ')}</dd>
          </>
        )}
        <dt>Nombre comercial</dt>
        <dd>{record.commercial_name || '—'}</dd>
        <dt>Dirección</dt>
        <dd>{record.address?.address || '—'}</dd>
        <dt>Ciudad</dt>
        <dd>{cityName(record) ?? '—'}</dd>
        <dt>Teléfonos</dt>
        <dd>{phones.length > 0 ? phones.join(' · ') : '—'}</dd>
        <dt>Correo electrónico</dt>
        <dd>
          {emails.length === 0
            ? '—'
            : emails.map((c, i) => {
                const contactName = [c.first_name, c.last_name].filter(Boolean).join(' ');
                return (
                  <div key={i}>
                    {c.email}
                    {contactName && contactName !== item.name && <span className="muted"> ({contactName})</span>}
                  </div>
                );
              })}
        </dd>
        <dt>Régimen de IVA</dt>
        <dd>{record.vat_responsible ? 'Responsable de IVA' : 'No responsable de IVA'}</dd>
        <dt>Responsabilidades fiscales</dt>
        <dd>
          {responsibilities.length === 0
            ? '—'
            : responsibilities.map((r) => `${(r.name ?? FISCAL_RESPONSIBILITIES.get(r.code) ?? '').replace(' - ', ' – ')} (${r.code})`.trim()).join(' · ')}
        </dd>
        <dt>Observaciones</dt>
        <dd>{record.comments || '—'}</dd>
      </dl>
      <div className="actions">
        <button type="button" className="btn" onClick={onEdit}>
          Editar
        </button>
        <button type="button" className="btn" onClick={() => go('cartera', item.key)}>
          Ver cartera
        </button>
      </div>
      <CustomerHistory item={item} />
    </DetailPanel>
  );
}

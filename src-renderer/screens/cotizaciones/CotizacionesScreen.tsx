import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useApp } from '../../app/app-store';
import { useServices } from '../../app/services';
import { QuotationEditor } from './QuotationEditor';
import { QuotationList } from './QuotationList';
import { QuotationView } from './QuotationView';
import './cotizaciones.css';

type Pane = { kind: 'none' } | { kind: 'new' } | { kind: 'view'; id: string } | { kind: 'edit'; id: string };

/** Quotations: make one, list them by state, open one, edit, print or send it, turn it into a sale once. */
export function CotizacionesScreen() {
  const { db } = useServices();
  const focusId = useApp((state) => state.navigation.focusId);
  const [pane, setPane] = useState<Pane>(focusId ? { kind: 'view', id: focusId } : { kind: 'none' });
  const editing = useLiveQuery(async () => (pane.kind === 'edit' ? db.documents.get(pane.id) : undefined), [db, pane]);
  const selectedId = pane.kind === 'view' || pane.kind === 'edit' ? pane.id : null;

  return (
    <section className="screen cotizaciones" aria-labelledby="screen-title">
      <header className="venta-head">
        <h1 id="screen-title">Cotizaciones</h1>
        <button type="button" className="btn btn-primary" onClick={() => setPane({ kind: 'new' })}>
          Nueva cotización
        </button>
      </header>
      <div className={pane.kind === 'new' || pane.kind === 'edit' ? 'cotizaciones-grid editing' : 'cotizaciones-grid'}>
        {/* While editing, the line editor takes the whole width; the list returns on save or close. */}
        {pane.kind !== 'new' && pane.kind !== 'edit' && (
          <nav className="panel quotation-list-panel" aria-label="Lista de cotizaciones">
            <QuotationList selectedId={selectedId} onOpen={(id) => setPane({ kind: 'view', id })} />
          </nav>
        )}
        <div className="quotation-pane">
          {pane.kind === 'none' && <p className="muted">Elija una cotización de la lista o cree una nueva.</p>}
          {pane.kind === 'new' && <QuotationEditor key="new" onSaved={(id) => setPane({ kind: 'view', id })} onCancel={() => setPane({ kind: 'none' })} />}
          {pane.kind === 'edit' && editing && (
            <QuotationEditor key={pane.id} document={editing} onSaved={(id) => setPane({ kind: 'view', id })} onCancel={() => setPane({ kind: 'view', id: pane.id })} />
          )}
          {pane.kind === 'view' && <QuotationView documentId={pane.id} onEdit={() => setPane({ kind: 'edit', id: pane.id })} />}
        </div>
      </div>
    </section>
  );
}

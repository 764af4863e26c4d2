import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DocumentRow } from '../../data/outbox/rows';
import { kindLabel } from '../../ui/labels';
import { Money } from '../../ui/Money';
import { StateBadge } from '../../ui/StateBadge';
import { documentFacts } from './document-facts';
import { formatDay } from './format';

interface Props {
  documents: DocumentRow[];
  openId: string | null;
  onOpen(id: string): void;
  /** Lets the search box hand the arrow keys over to the list. */
  listRef?: React.RefObject<HTMLDivElement | null>;
}

const PAGE = 10;

/**
 * The documents as a listbox: ↑/↓, Inicio/Fin and RePág/AvPág move, Enter (or a click) opens one.
 * One option is tabbable at a time (roving tabindex), so Tab leaves the list in one step.
 */
export function DocumentList({ documents, openId, onOpen, listRef }: Props) {
  const [active, setActive] = useState(0);
  const optionRefs = useRef<Array<HTMLDivElement | null>>([]);
  const activeIndex = Math.min(active, Math.max(0, documents.length - 1));

  // Keep the opened document current when it moves (a filter changed, a new document arrived).
  useEffect(() => {
    const index = documents.findIndex((document) => document.id === openId);
    if (index >= 0) setActive(index);
  }, [documents, openId]);

  const move = (index: number) => {
    const next = Math.max(0, Math.min(documents.length - 1, index));
    setActive(next);
    optionRefs.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(activeIndex + 1),
      ArrowUp: () => move(activeIndex - 1),
      Home: () => move(0),
      End: () => move(documents.length - 1),
      PageDown: () => move(activeIndex + PAGE),
      PageUp: () => move(activeIndex - PAGE),
      // The focused option, not the remembered index: focus may have moved since the last render.
      Enter: () => {
        const id = (event.target as HTMLElement).closest<HTMLElement>('[role="option"]')?.dataset['id'] ?? documents[activeIndex]?.id;
        if (id) onOpen(id);
      },
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  if (documents.length === 0) return <p className="muted empty-list">No hay documentos con estos filtros.</p>;
  return (
    <div className="doc-list" role="listbox" aria-label="Documentos" ref={listRef} onKeyDown={onKeyDown}>
      <div className="doc-row doc-head" aria-hidden="true">
        <span>Fecha</span>
        <span>Tipo</span>
        <span>Número</span>
        <span>Cliente</span>
        <span className="num">Total</span>
        <span>Estado</span>
      </div>
      {documents.map((document, index) => {
        const facts = documentFacts(document);
        return (
          <div
            key={document.id}
            ref={(node) => {
              optionRefs.current[index] = node;
            }}
            role="option"
            data-id={document.id}
            aria-selected={document.id === openId}
            tabIndex={index === activeIndex ? 0 : -1}
            className={document.id === openId ? 'doc-row doc-option open' : 'doc-row doc-option'}
            onClick={() => {
              setActive(index);
              onOpen(document.id);
            }}
            onFocus={() => setActive(index)}
          >
            <span>{formatDay(facts.date)}</span>
            <span>{kindLabel[document.kind]}</span>
            <span>{facts.number ?? <span className="muted">Sin número</span>}</span>
            <span className="ellipsis">{facts.customerName ?? facts.customerIdentification ?? document.summary.label ?? ''}</span>
            <span className="num">{facts.total !== null ? <Money value={facts.total} /> : ''}</span>
            <span>
              <StateBadge document={document} />
            </span>
          </div>
        );
      })}
    </div>
  );
}

import type { ReactNode } from 'react';
import './master-detail.css';

/**
 * The frame of the Clientes, Productos and Cartera screens: the title (the screen's accessible
 * name) with optional actions beside it, a search list on the left (`list`, usually a
 * RecordSearch) and, on the right, the opened record or a hint of how to open one (`children`).
 */
export function MasterDetailScreen({
  title,
  actions,
  list,
  children,
}: {
  title: string;
  actions?: ReactNode;
  list: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="screen" aria-labelledby="screen-title">
      <div className="screen-head">
        <h1 id="screen-title">{title}</h1>
        {actions}
      </div>
      <div className="master-detail">
        {list}
        <div className="detail-column">{children}</div>
      </div>
    </section>
  );
}

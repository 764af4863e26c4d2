import type { ReactNode } from 'react';

/**
 * The right column of a master-detail screen: one record under a head with its name (the
 * panel's accessible name, through `titleId`), a muted line that identifies it, and on the right
 * `aside` (badges, or the record's one action). Styles: `.detail` in master-detail.css.
 */
export function DetailPanel({
  titleId,
  title,
  subtitle,
  aside,
  children,
}: {
  titleId: string;
  title: ReactNode;
  subtitle: ReactNode;
  aside?: ReactNode;
  children: ReactNode;
}) {
  return (
    <article className="panel detail" aria-labelledby={titleId}>
      <header className="detail-head">
        <div>
          <h2 id={titleId}>{title}</h2>
          <p className="muted">{subtitle}</p>
        </div>
        {aside}
      </header>
      {children}
    </article>
  );
}

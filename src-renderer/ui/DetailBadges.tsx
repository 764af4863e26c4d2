import type { ReactNode } from 'react';

/** A record's badges in a detail head (`children` first), ending with whether it is active in Siigo. */
export function DetailBadges({ active, children }: { active: boolean; children?: ReactNode }) {
  return (
    <div className="detail-badges">
      {children}
      {active ? <span className="badge badge-ok">Activo</span> : <span className="badge badge-warn">Inactivo</span>}
    </div>
  );
}

import type { KeyboardEvent } from 'react';

/** Esc asks before anything is thrown away. */
export function CancelSaleDialog({ fixing, onConfirm, onClose }: { fixing: boolean; onConfirm(): void; onClose(): void }) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };
  return (
    <div className="dialog-backdrop">
      <div role="alertdialog" aria-modal="true" aria-labelledby="cancel-sale-title" aria-describedby="cancel-sale-text" className="dialog panel dialog-small" onKeyDown={onKeyDown}>
        <h2 id="cancel-sale-title">{fixing ? '¿Dejar de corregir esta factura?' : '¿Cancelar esta venta?'}</h2>
        <p id="cancel-sale-text">
          {fixing
            ? 'La factura sigue en Documentos, pendiente de corrección.'
            : 'Se quitarán los productos, el cliente y los pagos de esta venta.'}
        </p>
        <div className="form-actions">
          <button type="button" className="btn btn-danger" onClick={onConfirm}>
            {fixing ? 'Sí, dejar de corregir' : 'Sí, cancelar venta'}
          </button>
          <button type="button" className="btn btn-primary" onClick={onClose} autoFocus>
            No, seguir con la venta
          </button>
        </div>
      </div>
    </div>
  );
}

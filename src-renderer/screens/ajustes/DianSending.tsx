import { useId, useState } from 'react';
import { useServices } from '../../app/services';
import { saveDefaults } from './defaults-store';
import { SaveFailure } from './SaveFailure';
import { useAdminSave } from './use-admin-save';

/**
 * "Enviar las facturas electrónicas a la DIAN", saved as soon as it is decided: turning it off
 * leaves every new electronic invoice in Siigo without the DIAN's validation, so it asks first,
 * in plain words, and the shell warns on every screen while it stays off (StatusBar).
 */
export function DianSending({ checked, onSaved }: { checked: boolean; onSaved(sendToDian: boolean): void }) {
  const { bridge } = useServices();
  const { busy, failure, run } = useAdminSave();
  const [asking, setAsking] = useState(false);
  const titleId = useId();
  const textId = useId();

  const save = (sendToDian: boolean) =>
    run(async () => {
      await saveDefaults(bridge, { sendToDian });
      onSaved(sendToDian);
      setAsking(false);
    });

  return (
    <div className="dian-sending">
      <label className="check">
        <input
          type="checkbox"
          checked={checked && !asking}
          disabled={busy}
          onChange={(event) => (event.target.checked ? void save(true) : setAsking(true))}
        />
        Enviar las facturas electrónicas a la DIAN
      </label>
      {asking && (
        <div className="dian-confirm" role="alertdialog" aria-labelledby={titleId} aria-describedby={textId}>
          <p id={titleId}>
            <strong>¿Dejar de enviar las facturas a la DIAN?</strong>
          </p>
          <p id={textId}>
            Las facturas electrónicas quedarán guardadas en Siigo sin enviarse a la DIAN: no tendrán CUFE ni validez ante la DIAN hasta que
            alguien las envíe desde Siigo Nube. Mientras esté así, Mostrador lo recordará en todas las pantallas.
          </p>
          <div className="actions">
            <button type="button" className="btn btn-danger" disabled={busy} onClick={() => void save(false)}>
              Sí, dejar de enviarlas
            </button>
            <button type="button" className="btn" autoFocus onClick={() => setAsking(false)}>
              No, seguir enviándolas
            </button>
          </div>
        </div>
      )}
      {failure && <SaveFailure failure={failure} title="No se pudo cambiar el envío a la DIAN:" />}
    </div>
  );
}

import type { Failure } from '../../../src-shared/failure';
import { isDefiniteRefusal } from '../../../src-shared/outbox/retry-schedule';
import type { DocumentRow } from '../../data/outbox/rows';
import { FailureExplanation } from './FailureExplanation';
import { FixAndResend } from './FixAndResend';

/** Why the document waits for a person, in plain Spanish, and how to go on (discard is offered below). */
export function AttentionPanel({ document, failure }: { document: DocumentRow; failure: Failure }) {
  const refused = isDefiniteRefusal(failure);
  return (
    <section className="attention" aria-labelledby="attention-title">
      <h3 id="attention-title">{refused ? 'Siigo no aceptó este documento' : 'No se pudo confirmar si este documento llegó a Siigo'}</h3>
      <FailureExplanation failure={failure} kind={document.kind} />
      {!refused && (
        <p className="muted">
          “Reenviar sin cambios” lo envía con su misma clave: si ya había llegado, Siigo no lo duplica y Mostrador lo marca como enviado.
        </p>
      )}
      <FixAndResend document={document} failure={failure} />
    </section>
  );
}

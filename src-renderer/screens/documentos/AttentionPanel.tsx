import type { Failure } from '../../../src-shared/failure';
import type { DocumentRow } from '../../data/outbox/rows';
import { FailureExplanation } from './FailureExplanation';
import { FixAndResend } from './FixAndResend';

/** Siigo refused the document: why, in plain Spanish, and how to fix it (discard is offered below). */
export function AttentionPanel({ document, failure }: { document: DocumentRow; failure: Failure }) {
  return (
    <section className="attention" aria-labelledby="attention-title">
      <h3 id="attention-title">Siigo no aceptó este documento</h3>
      <FailureExplanation failure={failure} />
      <FixAndResend document={document} />
    </section>
  );
}

import { BridgeError } from '../../../src-shared/ipc/client';
import type { Failure } from '../../../src-shared/failure';
import { explainFailure } from '../../../src-shared/messages/siigo-error-messages';
import type { OperationKind } from '../../../src-shared/outbox/states';

/** Any error from a bridge call as a Failure; anything else is shown as an unexpected error. */
export function failureOf(error: unknown): Failure {
  if (error instanceof BridgeError) return error.failure;
  return { kind: 'invalid_response', message: error instanceof Error ? error.message : String(error), retryable: false, errors: [] };
}

/**
 * Siigo's refusal in plain Spanish: what to do, for the cashier. Siigo's own words (often in
 * English), the field and the code say which value is wrong, but read as noise at the counter:
 * they stay under a collapsed "Detalle técnico", for whoever fixes it or for support. When Siigo
 * sent no entries, the failure's own message is the technical detail.
 */
export function FailureExplanation({ failure, title, kind }: { failure: Failure; title?: string; kind?: OperationKind }) {
  // The kind of document refused picks advice in its terms (a credit note's invoice, a payment's due).
  const explained = explainFailure(failure, kind);
  const technical = explained.some((item) => item.detail || item.code);
  return (
    <div className="failure" role="alert">
      {title && <p className="failure-title">{title}</p>}
      <ul>
        {explained.map((item, index) => (
          <li key={index}>
            <span className="failure-advice">{item.advice}</span>
            {(item.detail || item.code) && (
              <details className="technical-detail">
                <summary>Detalle técnico</summary>
                {item.detail && <span className="failure-detail">Siigo dice: {item.detail}</span>}
                {item.code && <span className="failure-code">Código: {item.code}</span>}
              </details>
            )}
          </li>
        ))}
      </ul>
      {!technical && failure.message && (
        <details className="technical-detail">
          <summary>Detalle técnico</summary>
          <span className="failure-detail">{failure.message}</span>
        </details>
      )}
    </div>
  );
}

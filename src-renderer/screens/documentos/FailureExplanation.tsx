import { BridgeError } from '../../../src-shared/ipc/client';
import type { Failure } from '../../../src-shared/failure';
import { explainFailure } from '../../../src-shared/messages/siigo-error-messages';

/** Any error from a bridge call as a Failure; anything else is shown as an unexpected error. */
export function failureOf(error: unknown): Failure {
  if (error instanceof BridgeError) return error.failure;
  return { kind: 'invalid_response', message: error instanceof Error ? error.message : String(error), retryable: false, errors: [] };
}

/**
 * Siigo's refusal in plain Spanish: what to do first, then Siigo's own words and the field, which
 * say which value is wrong. The code is shown small, for support, never alone.
 */
export function FailureExplanation({ failure, title }: { failure: Failure; title?: string }) {
  const explained = explainFailure(failure);
  return (
    <div className="failure" role="alert">
      {title && <p className="failure-title">{title}</p>}
      <ul>
        {explained.map((item, index) => (
          <li key={index}>
            <span className="failure-advice">{item.advice}</span>
            {item.detail && <span className="failure-detail">Siigo dice: {item.detail}</span>}
            {item.code && <span className="failure-code">Código: {item.code}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

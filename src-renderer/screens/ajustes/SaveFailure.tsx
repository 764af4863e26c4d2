import type { Failure } from '../../../src-shared/failure';
import { FailureExplanation } from '../documentos/FailureExplanation';

/** True when main refused because of the administrator's PIN (locked, wrong PIN, wait). */
export const isAdminFailure = (failure: Failure) => failure.errors[0]?.Code.startsWith('admin_') === true;

/**
 * Why a change in Ajustes was not saved: main's own Spanish words when the PIN guard refused it,
 * Siigo's refusal explained otherwise.
 */
export function SaveFailure({ failure, title }: { failure: Failure; title: string }) {
  if (isAdminFailure(failure)) {
    return (
      <p className="field-error" role="alert">
        {failure.message}
      </p>
    );
  }
  return <FailureExplanation failure={failure} title={title} />;
}

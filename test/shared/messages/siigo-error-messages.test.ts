import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explainFailure, siigoErrorMessages } from '../../../src-shared/messages/siigo-error-messages';

const overview = readFileSync(new URL('../../fixtures/siigo-api/00-overview.md', import.meta.url), 'utf8');
const documentedCodes = [...overview.matchAll(/^## `([a-z_-]+)`/gm)].map((m) => m[1]!);

describe('Siigo error messages', () => {
  it('has a Spanish explanation for every error code Siigo documents', () => {
    expect(documentedCodes.length).toBeGreaterThan(40);
    expect(documentedCodes.filter((code) => !siigoErrorMessages[code])).toEqual([]);
  });

  it('explains a rejection with what to do and Siigo’s own detail, naming the field', () => {
    const [explained] = explainFailure({
      kind: 'rejected',
      message: 'x',
      retryable: false,
      status: 400,
      errors: [{ Code: 'invalid_email', Message: 'The email is invalid', Params: ['contacts[0].email'] }],
    });
    expect(explained?.advice).toContain('correo electrónico no es válido');
    expect(explained?.detail).toBe('The email is invalid (campo: contacts[0].email)');
  });

  it('reassures when offline: nothing is lost', () => {
    expect(explainFailure({ kind: 'offline', message: '', retryable: true, errors: [] })[0]?.advice).toContain('se enviará cuando vuelva');
  });
});

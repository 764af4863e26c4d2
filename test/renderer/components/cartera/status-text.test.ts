import '../../support/node-dom';
import { describe, expect, it } from 'vitest';
import { bogotaDateTime } from '../../../../src-shared/cash/bogota-time';
import type { Failure } from '../../../../src-shared/failure';
import { receivablesStatusText } from '../../../../src-renderer/screens/cartera/ReceivablesView';
import { statementStatusText } from '../../../../src-renderer/screens/cartera/StatementStatus';

/** What main answers when Siigo fails: English, for the log and support, not for the counter. */
const failure: Failure = { kind: 'server', message: 'Siigo answered 503 Service Unavailable', retryable: true, errors: [] };
const FETCHED = '2026-12-05T19:32:10.000Z';

describe('the status line of Cartera when a refresh fails', () => {
  it('is Spanish, with the date of the data kept; main’s words are not in it', () => {
    expect(receivablesStatusText(FETCHED, { state: 'error', failure })).toBe(`Datos de Siigo del ${bogotaDateTime(FETCHED)} (no se pudo actualizar)`);
    expect(receivablesStatusText(null, { state: 'error', failure })).toBe('No se pudieron consultar las facturas.');
    expect(statementStatusText({ state: 'error', failure }, null)).toBe('No se pudo consultar el estado de cuenta.');
    expect(receivablesStatusText(FETCHED, { state: 'idle' })).toBe('Datos de Siigo del 05/12/2026 14:32');
  });
});

// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"fetch": {"disableSameOriginPolicy": true}}}
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Failure } from '../../../../src-shared/failure';
import { siigoErrorMessages } from '../../../../src-shared/messages/siigo-error-messages';
import { colombiaToday } from '../../../../src-shared/validation';
import { useApp } from '../../../../src-renderer/app/app-store';
import { IssueList } from '../../../../src-renderer/screens/cartera/IssueList';
import { FailureExplanation } from '../../../../src-renderer/screens/documentos/FailureExplanation';
import { VentaScreen } from '../../../../src-renderer/screens/venta/VentaScreen';
import { invoiceBody, seeded, sellableProducts } from '../../support/documents';
import { customerWithContacts, renderWith, screenHarnessPerFile } from './venta-harness';

const s = screenHarnessPerFile();

const refusal: Failure = {
  kind: 'rejected',
  message: 'Siigo rejected the invoice (400). invalid_reference: The customer identification does not exist.',
  status: 400,
  retryable: false,
  errors: [{ Code: 'invalid_reference', Message: 'The customer identification does not exist', Params: ['customer.identification'] }],
};

/** The text of `element` a cashier reads without opening any "Detalle técnico". */
const visibleText = (element: HTMLElement) => {
  const copy = element.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('details > :not(summary)').forEach((node) => node.remove());
  return copy.textContent ?? '';
};

/** Siigo's original words: in a collapsed "Detalle técnico", not in what is read at a glance. */
function expectTechnicalDetail(container: HTMLElement, original: RegExp) {
  const details = container.querySelector('details')!;
  expect(details).toBeTruthy();
  expect(details.open).toBe(false);
  expect(details.querySelector('summary')?.textContent).toBe('Detalle técnico');
  expect(details.textContent).toMatch(original);
  expect(visibleText(container)).not.toMatch(original);
}

describe("Siigo's messages, explained", () => {
  it('the fix banner of a refused invoice says what to do, Siigo’s words collapsed under it', async () => {
    const customer = customerWithContacts(s);
    const { body } = invoiceBody({ identification: customer.identification }, sellableProducts(s.h.sandbox), seeded(3), colombiaToday(new Date()));
    const queued = await s.services.outbox.queue({ kind: 'invoice', body, summary: { customerName: 'Cliente', label: 'Venta de mostrador' } });
    if (!queued.ok) throw new Error(JSON.stringify(queued.issues));
    const document = (await s.h.db.documents.get(queued.documentId))!;
    await s.h.db.documents.update(document.id, { state: 'needs_attention' });
    await s.h.db.outbox.update(document.operationId!, { state: 'needs_attention', lastFailure: refusal });
    useApp.setState({ navigation: { screen: 'venta', focusId: document.id } });

    renderWith(s.services, <VentaScreen />);
    const banner = await screen.findByRole('note');
    await within(banner).findByText(siigoErrorMessages['invalid_reference']!);
    expect(visibleText(banner)).toContain('Siigo no aceptó esta factura.');
    expectTechnicalDetail(banner, /The customer identification does not exist \(campo: customer\.identification\)/);
    expect(within(banner).getByText('Código: invalid_reference')).toBeTruthy();
  });

  it('FailureExplanation keeps the message of a failure without Siigo entries as the technical detail', () => {
    const offline: Failure = { kind: 'offline', message: 'Siigo is unreachable (ECONNREFUSED); the PDF was not sent.', retryable: true, errors: [] };
    const { container } = render(<FailureExplanation failure={offline} title="No se pudo obtener el PDF:" />);
    expect(visibleText(container)).toContain('Sin conexión con Siigo.');
    expectTechnicalDetail(container, /ECONNREFUSED/);
  });

  it('the Cartera issue list says an unexpected error in Spanish, its raw text collapsed', () => {
    const { container } = render(
      <IssueList
        issues={[
          { path: ['payment', 'id'], code: 'invalid_reference', message: 'Forma de pago: no existe' },
          { path: [], code: 'error', message: 'QuotaExceededError: The quota has been exceeded.' },
        ]}
      />,
    );
    expect(visibleText(container)).toContain('Forma de pago: no existe');
    expect(visibleText(container)).toContain('Ocurrió un error inesperado.');
    expectTechnicalDetail(container, /QuotaExceededError/);
  });
});

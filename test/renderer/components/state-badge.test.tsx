// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Money } from '../../../src-renderer/ui/Money';
import { StateBadge } from '../../../src-renderer/ui/StateBadge';

afterEach(cleanup);

describe('labels a cashier reads', () => {
  it('names each document state plainly, DIAN answers first', () => {
    render(
      <>
        <StateBadge document={{ state: 'queued', dian: null }} />
        <StateBadge document={{ state: 'needs_attention', dian: null }} />
        <StateBadge document={{ state: 'sent', dian: { status: 'Accepted', cufe: 'x', errors: [], checkedAt: '' } }} />
        <StateBadge document={{ state: 'sent', dian: { status: 'Rejected', cufe: null, errors: ['e'], checkedAt: '' } }} />
      </>,
    );
    expect(screen.getAllByText(/./).map((node) => node.textContent)).toEqual(['En cola', 'Requiere atención', 'Aceptada DIAN', 'Rechazada DIAN']);
  });

  it('shows pesos the Colombian way', () => {
    render(<Money value={1234567} />);
    expect(screen.getByText('$ 1.234.567')).toBeTruthy();
  });
});

// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MissingIssuerNote } from '../../../../src-renderer/receipt/MissingIssuerNote';
import { ISSUER, receiptWorld } from './receipt-fixtures';

let world: Awaited<ReturnType<typeof receiptWorld>> | undefined;
afterEach(async () => {
  cleanup();
  await world?.close();
});

describe('a receipt without the shop’s data', () => {
  it('tells the cashier where to type them, on screen only', async () => {
    world = await receiptWorld({ issuer: { ...ISSUER, resolution: '' } });
    world.render(<MissingIssuerNote />);
    const note = screen.getByTestId('missing-issuer');
    expect(note.textContent).toMatch(/Ajustes › Recibo/);
    expect(note.classList.contains('no-print')).toBe(true);
  });

  it('says nothing once name, NIT and resolution are set', async () => {
    world = await receiptWorld({ issuer: ISSUER });
    world.render(<MissingIssuerNote />);
    expect(screen.queryByTestId('missing-issuer')).toBeNull();
  });
});

// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useCallback } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ResultListbox } from '../../../src-renderer/ui/ResultListbox';
import { useComboboxSearch } from '../../../src-renderer/ui/use-combobox-search';

// React: updates in these tests happen inside act().
(globalThis as Record<string, unknown>)['IS_REACT_ACT_ENVIRONMENT'] = true;

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const DELAY_MS = 100;

/** The shared keyboard list of the customer picker and the product box, over a scripted search. */
function Box({ search, onEnter, onChoose }: { search(query: string): Promise<string[]>; onEnter(text: string, active: string | undefined): void; onChoose(item: string): void }) {
  const stable = useCallback((query: string) => search(query), [search]);
  const combobox = useComboboxSearch({ search: stable, delayMs: DELAY_MS, idPrefix: 'thing' });
  return (
    <div onKeyDown={(event) => event.key === 'Escape' && onEnter('<screen got Esc>', undefined)}>
      <label htmlFor={combobox.inputProps.id}>Buscar cosa</label>
      <input
        {...combobox.inputProps}
        onChange={(event) => combobox.setText(event.target.value)}
        onKeyDown={(event) => combobox.onKeyDown(event, () => onEnter(combobox.text, combobox.results[combobox.active]))}
      />
      <ResultListbox combobox={combobox} label="Cosas encontradas" keyOf={(item) => item} onChoose={onChoose}>
        {(item) => <span>{item}</span>}
      </ResultListbox>
    </div>
  );
}

async function typeAndWait(box: HTMLElement, text: string) {
  fireEvent.change(box, { target: { value: text } });
  await act(async () => {
    await vi.advanceTimersByTimeAsync(DELAY_MS);
  });
}

describe('search combobox (customer picker, product box)', () => {
  it('lists matches after the pause, moves the active option with wrapping arrows, names it for screen readers', async () => {
    vi.useFakeTimers();
    const onEnter = vi.fn();
    render(<Box search={async (q) => [`${q} uno`, `${q} dos`, `${q} tres`]} onEnter={onEnter} onChoose={vi.fn()} />);
    const box = screen.getByRole('combobox', { name: 'Buscar cosa' });
    await typeAndWait(box, 'a'); // one character searches nothing
    expect(screen.queryByRole('listbox')).toBeNull();
    await typeAndWait(box, 'ab');
    const list = screen.getByRole('listbox', { name: 'Cosas encontradas' });
    expect(box.getAttribute('aria-controls')).toBe(list.id);
    expect(list.id).toBe('thing-search-results');
    expect(box.id).toBe('thing-search-input');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe('thing-option-0');

    fireEvent.keyDown(box, { key: 'ArrowUp' }); // wraps to the last
    expect(box.getAttribute('aria-activedescendant')).toBe('thing-option-2');
    expect(within(list).getAllByRole('option').map((o) => o.getAttribute('aria-selected'))).toEqual(['false', 'false', 'true']);
    fireEvent.keyDown(box, { key: 'ArrowDown' }); // and back to the first
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onEnter).toHaveBeenLastCalledWith('ab', 'ab dos');
  });

  it('chooses on mouse down, Esc clears a typed search before the screen sees it', async () => {
    vi.useFakeTimers();
    const onEnter = vi.fn();
    const onChoose = vi.fn();
    render(<Box search={async (q) => [`${q}!`]} onEnter={onEnter} onChoose={onChoose} />);
    const box = screen.getByRole('combobox', { name: 'Buscar cosa' }) as HTMLInputElement;
    await typeAndWait(box, 'xy');
    const option = screen.getByRole('option', { name: 'xy!' });
    expect(fireEvent.mouseDown(option)).toBe(false); // default prevented: the box keeps the focus
    expect(onChoose).toHaveBeenCalledWith('xy!');

    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.value).toBe('');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(onEnter).not.toHaveBeenCalled();
    fireEvent.keyDown(box, { key: 'Escape' }); // an empty box lets Esc reach the screen
    expect(onEnter).toHaveBeenCalledWith('<screen got Esc>', undefined);
  });

  it('drops an answer that arrives after the box was cleared', async () => {
    vi.useFakeTimers();
    let answer: (items: string[]) => void = () => undefined;
    render(<Box search={() => new Promise((resolve) => (answer = resolve))} onEnter={vi.fn()} onChoose={vi.fn()} />);
    const box = screen.getByRole('combobox', { name: 'Buscar cosa' });
    await typeAndWait(box, 'slow');
    fireEvent.keyDown(box, { key: 'Escape' });
    await act(async () => answer(['late']));
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });
});

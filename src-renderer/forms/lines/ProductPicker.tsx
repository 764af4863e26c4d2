import { useCallback, useRef, useState, type RefObject } from 'react';
import { useServices } from '../../app/services';
import { productByBarcodeOrCode, productForSale } from '../../data/mirror/lookups';
import { salePrice, saleItemOf, type SaleItem } from '../../data/mirror/sale-item';
import { searchProducts } from '../../data/mirror/search';
import { Money } from '../../ui/Money';
import { ResultListbox } from '../../ui/ResultListbox';
import { SearchForm } from '../../ui/SearchForm';
import { useComboboxSearch } from '../../ui/use-combobox-search';

export const PRODUCT_SEARCH_LABEL = 'Buscar producto o escanear código';
const SEARCH_DELAY_MS = 120;
const MAX_RESULTS = 8;

interface Props {
  onAdd(product: SaleItem): void;
  priceListPosition: number;
  inputRef?: RefObject<HTMLInputElement | null>;
  autoFocus?: boolean;
}

/**
 * The product box. A barcode scanner types the code and Enter: Enter first looks the text up as
 * a barcode or code, exactly, in the in-memory index, whose entries hold what a line needs, so
 * the line is drawn within the Enter (before the index has loaded: one row read), and a scan
 * never waits for the word search. Typing words lists matches; arrows choose, Enter adds. Esc
 * clears the box before anything else.
 */
export function ProductPicker({ onAdd, priceListPosition, inputRef, autoFocus }: Props) {
  const { db } = useServices();
  const search = useCallback(async (query: string) => (await searchProducts(db, query, { limit: MAX_RESULTS })).results, [db]);
  // Answers of searches started before the last add or clear are dropped (see the hook).
  const combobox = useComboboxSearch({ search, delayMs: SEARCH_DELAY_MS, idPrefix: 'product' });
  const { text, setText, results, active, navigated, reset } = combobox;
  /** Why the last Enter added nothing (its text is back in the box). */
  const [problem, setProblem] = useState<string | null>(null);

  const add = (product: SaleItem) => {
    reset();
    setProblem(null);
    onAdd(product);
  };

  // Scans arrive faster than IndexedDB answers: each Enter takes its text at once (the box is
  // free for the next scan) and the look-ups that need IndexedDB are chained so lines are added
  // in scan order; one answered from memory is added at once when none is waiting.
  const pending = useRef<Promise<void>>(Promise.resolve());
  const waiting = useRef(0);
  const onEnter = () => {
    const query = text.trim();
    if (query === '') return;
    const chosen = results[active];
    if (navigated && chosen) return add(saleItemOf(chosen));
    const inMemory = waiting.current === 0 ? productForSale(db, query) : null;
    if (inMemory) return add(inMemory);
    reset();
    setProblem(null);
    waiting.current += 1;
    // Nothing typed is lost: when no line comes of it, the text comes back, selected so the next
    // scan replaces it.
    const giveBack = (why: string) => {
      setText((current) => (current === '' ? query : current));
      setProblem(why);
      setTimeout(() => inputRef?.current?.select(), 0);
    };
    pending.current = pending.current
      .then(async () => {
        const exact = await productByBarcodeOrCode(db, query);
        const found = exact ?? chosen ?? (await searchProducts(db, query, { limit: 1 })).results[0];
        if (found) onAdd(saleItemOf(found));
        else giveBack(`No se encontró ningún producto con «${query}»`);
      })
      // A failed look-up must not stop the scans queued behind it.
      .catch(() => giveBack(`No se pudo buscar «${query}» en los productos guardados; intente de nuevo`))
      .finally(() => {
        waiting.current -= 1;
      });
  };

  return (
    <SearchForm className="product-search">
      <label htmlFor={combobox.inputProps.id}>{PRODUCT_SEARCH_LABEL}</label>
      <input
        {...combobox.inputProps}
        ref={inputRef}
        spellCheck={false}
        autoFocus={autoFocus}
        placeholder="Escanee o escriba código, código de barras o nombre"
        onChange={(event) => {
          setText(event.target.value);
          setProblem(null);
        }}
        onKeyDown={(event) => combobox.onKeyDown(event, onEnter)}
      />
      {problem && (
        <span className="field-error" role="alert">
          {problem}
        </span>
      )}
      <ResultListbox combobox={combobox} label="Productos encontrados" keyOf={(product) => product.id} onChoose={(product) => add(saleItemOf(product))}>
        {(product) => (
          <>
            <span className="result-main">{product.name}</span>
            <span className="muted">{product.code}</span>
            {product.siigo.stock_control ? <span className="muted">Disp. {product.siigo.available_quantity ?? 0}</span> : <span />}
            <Money value={salePrice(saleItemOf(product), priceListPosition)} />
          </>
        )}
      </ResultListbox>
    </SearchForm>
  );
}

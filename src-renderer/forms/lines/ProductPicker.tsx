import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useServices } from '../../app/services';
import { productByBarcodeOrCode, productForSale } from '../../data/mirror/lookups';
import type { ProductRow } from '../../data/mirror/rows';
import { salePrice, saleItemOf, type SaleItem } from '../../data/mirror/sale-item';
import { searchProducts } from '../../data/mirror/search';
import { Money } from '../../ui/Money';
import { SearchForm } from '../../ui/SearchForm';

export const PRODUCT_SEARCH_LABEL = 'Buscar producto o escanear código';
const SEARCH_DELAY_MS = 120;

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
  const [text, setText] = useState('');
  const [results, setResults] = useState<ProductRow[]>([]);
  const [active, setActive] = useState(0);
  const [navigated, setNavigated] = useState(false);
  /** Why the last Enter added nothing (its text is back in the box). */
  const [problem, setProblem] = useState<string | null>(null);
  // Answers of searches started before the last add or clear are dropped.
  const generation = useRef(0);

  useEffect(() => {
    const query = text.trim();
    const mine = ++generation.current;
    if (query.length < 2) {
      setResults([]);
      return;
    }
    const timer = setTimeout(() => {
      void searchProducts(db, query, { limit: 8 }).then((page) => {
        if (generation.current !== mine) return;
        setResults(page.results);
        setActive(0);
        setNavigated(false);
      });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [db, text]);

  const reset = () => {
    generation.current++;
    setText('');
    setResults([]);
    setNavigated(false);
  };
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

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onEnter();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (results.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + results.length) % results.length);
      setNavigated(true);
    } else if (event.key === 'Escape' && text !== '') {
      // Esc on a typed search clears it; on an empty box it reaches the screen (cancel sale).
      event.preventDefault();
      event.stopPropagation();
      reset();
    }
  };

  const listId = 'product-search-results';
  return (
    <SearchForm className="product-search">
      <label htmlFor="product-search-input">{PRODUCT_SEARCH_LABEL}</label>
      <input
        id="product-search-input"
        ref={inputRef}
        type="search"
        autoComplete="off"
        spellCheck={false}
        autoFocus={autoFocus}
        value={text}
        placeholder="Escanee o escriba código, código de barras o nombre"
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-activedescendant={results[active] ? `product-option-${active}` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setProblem(null);
        }}
        onKeyDown={onKeyDown}
      />
      {problem && (
        <span className="field-error" role="alert">
          {problem}
        </span>
      )}
      {results.length > 0 && (
        <ul id={listId} role="listbox" aria-label="Productos encontrados" className="search-results">
          {results.map((product, i) => (
            <li
              key={product.id}
              id={`product-option-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                add(saleItemOf(product));
              }}
            >
              <span className="result-main">{product.name}</span>
              <span className="muted">{product.code}</span>
              {product.siigo.stock_control ? <span className="muted">Disp. {product.siigo.available_quantity ?? 0}</span> : <span />}
              <Money value={salePrice(saleItemOf(product), priceListPosition)} />
            </li>
          ))}
        </ul>
      )}
    </SearchForm>
  );
}

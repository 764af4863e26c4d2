import { useEffect, useState } from 'react';

/** `value` once it stopped changing for `ms`: a search runs per pause, not per keystroke. */
export function useDebounced<T>(value: T, ms = 120): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

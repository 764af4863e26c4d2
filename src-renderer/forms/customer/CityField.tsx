import { useMemo, useState } from 'react';
import { FieldErrors } from '../FieldErrors';
import { CITIES, cityLabel, cityNamed, searchCities, type City } from './cities';

interface Props {
  city: City | null;
  onChange(city: City | null): void;
  messages: readonly string[];
}

const sameCity = (a: City | null, b: City | null) => a?.cityCode === b?.cityCode && a?.stateCode === b?.stateCode;

/**
 * The customer's city, typed and chosen by its name ("Medellín — Antioquia"); the DANE code that
 * Siigo needs comes with the choice and is never shown. ↑/↓ move through the matches, Enter or a
 * click chooses one; leaving the box with a text that names exactly one city chooses it; Esc goes back
 * to the city chosen before. While the text names no city the field holds none, and saving says
 * so under it (what was typed stays in the box).
 */
export function CityField({ city, onChange, messages }: Props) {
  const [typed, setTyped] = useState<string | null>(null);
  /** The city chosen before typing began: Esc goes back to it. */
  const [before, setBefore] = useState<City | null>(null);
  const [active, setActive] = useState(0);
  // A city saved in Siigo outside the list (a mirrored customer) can be chosen again by its name,
  // also while a text is typed over it (the field then holds no city, `before` still has it).
  const saved = city ?? before;
  const cities = useMemo(() => (saved && !CITIES.some((c) => sameCity(c, saved)) ? [saved, ...CITIES] : CITIES), [saved]);
  const matches = typed === null ? [] : searchCities(typed, cities);
  const text = typed ?? (city ? cityLabel(city) : '');

  const choose = (chosen: City) => {
    onChange(chosen);
    setTyped(null);
  };
  const leave = () => {
    if (typed === null) return;
    const named = cityNamed(typed, cities);
    if (named) choose(named);
  };

  return (
    <div className="form-field city-field">
      <label htmlFor="customer-city">Ciudad</label>
      <input
        id="customer-city"
        type="text"
        role="combobox"
        autoComplete="off"
        placeholder="Escriba el nombre de la ciudad"
        value={text}
        aria-expanded={matches.length > 0}
        aria-controls="customer-city-options"
        aria-activedescendant={matches[active] ? `customer-city-option-${active}` : undefined}
        aria-invalid={messages.length > 0}
        onChange={(event) => {
          if (typed === null) setBefore(city);
          setTyped(event.target.value);
          setActive(0);
          onChange(cityNamed(event.target.value, cities) ?? null);
        }}
        onBlur={leave}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && typed !== null) {
            event.preventDefault();
            event.stopPropagation();
            onChange(before);
            setTyped(null);
            return;
          }
          if (matches.length === 0) return;
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((i) => (i + step + matches.length) % matches.length);
          } else if (event.key === 'Enter') {
            event.preventDefault();
            const chosen = matches[active];
            if (chosen) choose(chosen);
          }
        }}
      />
      {matches.length > 0 && (
        <ul id="customer-city-options" role="listbox" aria-label="Ciudades" className="search-results">
          {matches.map((match, i) => (
            <li
              key={`${match.stateCode}-${match.cityCode}`}
              id={`customer-city-option-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(match);
              }}
            >
              {cityLabel(match)}
            </li>
          ))}
        </ul>
      )}
      <FieldErrors messages={messages} />
    </div>
  );
}

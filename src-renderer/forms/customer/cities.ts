import { words } from '../../../src-shared/search';

/**
 * Main Colombian cities with their DANE codes (department = first two digits of the city code),
 * enough for customers created at the counter. Siigo validates the code against its own list.
 * People choose a city by its name: the codes go to Siigo and are never shown.
 */
export interface City {
  stateCode: string;
  cityCode: string;
  name: string;
  state: string;
  /** Siigo's country code; Colombia ('Co') unless a mirrored customer says otherwise. */
  countryCode?: string;
}

const city = (stateCode: string, state: string, cityCode: string, name: string): City => ({ stateCode, state, cityCode, name });

export const CITIES: readonly City[] = [
  city('11', 'Bogotá, D.C.', '11001', 'Bogotá, D.C.'),
  city('05', 'Antioquia', '05001', 'Medellín'),
  city('76', 'Valle del Cauca', '76001', 'Cali'),
  city('08', 'Atlántico', '08001', 'Barranquilla'),
  city('13', 'Bolívar', '13001', 'Cartagena de Indias'),
  city('68', 'Santander', '68001', 'Bucaramanga'),
  city('54', 'Norte de Santander', '54001', 'Cúcuta'),
  city('66', 'Risaralda', '66001', 'Pereira'),
  city('17', 'Caldas', '17001', 'Manizales'),
  city('73', 'Tolima', '73001', 'Ibagué'),
  city('19', 'Cauca', '19001', 'Popayán'),
  city('52', 'Nariño', '52001', 'Pasto'),
  city('47', 'Magdalena', '47001', 'Santa Marta'),
  city('50', 'Meta', '50001', 'Villavicencio'),
  city('63', 'Quindío', '63001', 'Armenia'),
  city('41', 'Huila', '41001', 'Neiva'),
  city('23', 'Córdoba', '23001', 'Montería'),
  city('20', 'Cesar', '20001', 'Valledupar'),
  city('15', 'Boyacá', '15001', 'Tunja'),
  city('05', 'Antioquia', '05088', 'Bello'),
  city('05', 'Antioquia', '05360', 'Itagüí'),
  city('05', 'Antioquia', '05266', 'Envigado'),
  city('25', 'Cundinamarca', '25754', 'Soacha'),
  city('25', 'Cundinamarca', '25175', 'Chía'),
  city('76', 'Valle del Cauca', '76520', 'Palmira'),
  city('68', 'Santander', '68276', 'Floridablanca'),
  city('70', 'Sucre', '70001', 'Sincelejo'),
  city('44', 'La Guajira', '44001', 'Riohacha'),
  city('27', 'Chocó', '27001', 'Quibdó'),
  city('18', 'Caquetá', '18001', 'Florencia'),
  city('85', 'Casanare', '85001', 'Yopal'),
  city('81', 'Arauca', '81001', 'Arauca'),
  city('88', 'San Andrés', '88001', 'San Andrés'),
  city('91', 'Amazonas', '91001', 'Leticia'),
];

export const DEFAULT_CITY_CODE = '11001';

export const cityByCode = (code: string): City | undefined => CITIES.find((c) => c.cityCode === code);

/**
 * "Medellín — Antioquia". Bogotá is a district of its own, which Siigo names as city "Bogotá" in
 * the department "Bogotá D.C.": a department named after its city is shown alone.
 */
export function cityLabel(city: Pick<City, 'name' | 'state'>): string {
  if (!city.state || city.state === city.name) return city.name;
  const name = words(city.name).join(' ');
  return words(city.state).join(' ').startsWith(name) ? city.state : `${city.name} — ${city.state}`;
}

/**
 * The cities whose name or department has words starting with each typed word, accents and case
 * aside ("bogo", "medellin", "cali valle"); cities whose own name matches come first.
 */
export function searchCities(text: string, cities: readonly City[] = CITIES, limit = 8): City[] {
  const typed = words(text);
  if (typed.length === 0) return [];
  const matches = (haystack: string[]) => typed.every((w) => haystack.some((h) => h.startsWith(w)));
  const byName = cities.filter((city) => matches(words(city.name)));
  const byState = cities.filter((city) => !byName.includes(city) && matches([...words(city.name), ...words(city.state)]));
  return [...byName, ...byState].slice(0, limit);
}

/**
 * The city a typed text names exactly (its label or its name, accents and case aside), if exactly
 * one does. A DANE code typed by someone who knows it is taken too, for the cities offered (and then shown by name).
 */
export function cityNamed(text: string, cities: readonly City[] = CITIES): City | undefined {
  const code = text.trim();
  if (/^\d{5}$/.test(code)) return cities.find((city) => city.cityCode === code);
  const typed = words(text).join(' ');
  if (typed === '') return undefined;
  const found = cities.filter((city) => words(cityLabel(city)).join(' ') === typed || words(city.name).join(' ') === typed);
  return found.length === 1 ? found[0] : undefined;
}

type CityRead = { country_code?: string | null; state_code?: string | null; state_name?: string | null; city_code?: string | null; city_name?: string | null } | null | undefined;

/**
 * The city of a stored address: with the names Siigo returned, else from the list by its code.
 * A code neither Siigo named nor the list has is still kept (it goes back to Siigo unchanged),
 * shown as "Ciudad registrada en Siigo".
 */
export function cityOfAddress(city: CityRead): City | null {
  if (!city?.city_code) return null;
  const listed = cityByCode(city.city_code);
  const countryCode = city.country_code ?? 'Co';
  if (city.city_name) {
    return { cityCode: city.city_code, stateCode: city.state_code ?? listed?.stateCode ?? '', name: city.city_name, state: city.state_name ?? listed?.state ?? '', countryCode };
  }
  if (listed && (!city.state_code || city.state_code === listed.stateCode)) return { ...listed, countryCode };
  return { cityCode: city.city_code, stateCode: city.state_code ?? '', name: 'Ciudad registrada en Siigo', state: '', countryCode };
}

/**
 * Main Colombian cities with their DANE codes (department = first two digits of the city code),
 * enough for customers created at the counter. Siigo validates the code against its own list.
 */
export interface City {
  stateCode: string;
  cityCode: string;
  name: string;
  state: string;
}

const city = (stateCode: string, state: string, cityCode: string, name: string): City => ({ stateCode, state, cityCode, name });

export const CITIES: readonly City[] = [
  city('11', 'Bogotá D.C.', '11001', 'Bogotá'),
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

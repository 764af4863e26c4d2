/**
 * Colombian reference data for believable seed records: DANE city codes, names with accents,
 * street formats, identification types and fiscal responsibilities as listed in 05-clientes.md.
 */
export interface CityRef {
  country_code: string;
  country_name: string;
  state_code: string;
  state_name: string;
  city_code: string;
  city_name: string;
}

const city = (state_code: string, state_name: string, city_code: string, city_name: string): CityRef => ({
  country_code: 'Co',
  country_name: 'Colombia',
  state_code,
  state_name,
  city_code,
  city_name,
});

export const CITIES: readonly CityRef[] = [
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
  city('25', 'Cundinamarca', '25754', 'Soacha'),
  city('25', 'Cundinamarca', '25175', 'Chía'),
  city('76', 'Valle del Cauca', '76520', 'Palmira'),
];

/** Lookup by city_code for validating customer addresses. */
export const CITY_BY_CODE: ReadonlyMap<string, CityRef> = new Map(CITIES.map((c) => [c.city_code, c]));

export const ID_TYPES: Readonly<Record<string, string>> = {
  '13': 'Cédula de ciudadanía',
  '31': 'NIT',
  '22': 'Cédula de extranjería',
  '42': 'Documento de identificación extranjero',
  '50': 'NIT de otro país',
  'R-00-PN': 'No obligado a registrarse en el RUT PN',
  '91': 'NUIP',
  '41': 'Pasaporte',
  '47': 'Permiso especial de permanencia PEP',
  '11': 'Registro civil',
  '43': 'Sin identificación del exterior o para uso definido por la DIAN',
  '21': 'Tarjeta de extranjería',
  '12': 'Tarjeta de identidad',
  '89': 'Salvoconducto de permanencia',
  '48': 'Permiso protección temporal PPT',
};

/** id_types whose identification is numeric with 3 to 13 digits (05-clientes.md). */
export const NUMERIC_ID_TYPES: ReadonlySet<string> = new Set(['13', '31', '11']);

export const FISCAL_RESPONSIBILITIES: Readonly<Record<string, string>> = {
  'R-99-PN': 'No aplica - Otros',
  'O-13': 'Gran contribuyente',
  'O-15': 'Autorretenedor',
  'O-23': 'Agente de retención IVA',
  'O-47': 'Régimen simple de tributación',
};

export const FIRST_NAMES = [
  'José', 'María', 'Andrés', 'Camila', 'Juan Sebastián', 'Valentina', 'Luis Fernando', 'Daniela',
  'Carlos Andrés', 'Natalia', 'Jhon Jairo', 'Paola Andrea', 'Sebastián', 'Ángela', 'Julián', 'Luz Marina',
  'Óscar', 'Sofía', 'Héctor', 'Mónica', 'Germán', 'Claudia Patricia', 'Iván', 'Beatriz', 'Nicolás',
  'Adriana', 'Tomás', 'Lucía', 'Martín', 'Inés', 'Jesús', 'Ramón', 'Yolanda', 'Efraín', 'Débora',
] as const;

export const LAST_NAMES = [
  'Rodríguez', 'Gómez', 'González', 'Martínez', 'García', 'López', 'Hernández', 'Sánchez', 'Ramírez',
  'Pérez', 'Díaz', 'Muñoz', 'Rojas', 'Moreno', 'Jiménez', 'Vargas', 'Castaño', 'Ospina', 'Zuluaga',
  'Restrepo', 'Peña', 'Quintero', 'Cárdenas', 'Londoño', 'Agudelo', 'Betancur', 'Ibáñez', 'Gutiérrez',
  'Álvarez', 'Suárez', 'Montaño', 'Ordóñez', 'Cifuentes', 'Beltrán', 'Valdés',
] as const;

export const COMPANY_WORDS = [
  'Distribuidora', 'Comercializadora', 'Ferretería', 'Inversiones', 'Tienda', 'Droguería', 'Panadería',
  'Construcciones', 'Almacén', 'Papelería', 'Supermercado', 'Importadora', 'Servicios', 'Agropecuaria',
] as const;

export const COMPANY_NAMES = [
  'El Progreso', 'La Esperanza', 'Los Andes', 'San José', 'El Llano', 'La Montaña', 'Del Caribe',
  'Santa Fe', 'El Porvenir', 'La Económica', 'Antioqueña', 'Del Valle', 'Nuevo Milenio', 'La 80',
  'Andina', 'Pacífico', 'Bolívar', 'Cafetera', 'Del Norte', 'La Sabana', 'Guadalupe', 'La Candelaria',
] as const;

export const COMPANY_SUFFIXES = ['S.A.S.', 'Ltda.', 'S.A.', 'S.A.S. BIC', 'y Cía. S.C.S.'] as const;

export const STREET_TYPES = ['Calle', 'Carrera', 'Avenida', 'Diagonal', 'Transversal', 'Cra.'] as const;

/** Removes accents for e-mail local parts and domains. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}

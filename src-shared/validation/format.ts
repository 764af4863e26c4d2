/** Spanish (Colombia) wording shared by the validators' messages. */
export { formatCop } from '../money/format-cop';

/** "(línea 2)": lines are numbered from 1 for people, paths from 0 for code. */
export const line = (index: number): string => `(línea ${index + 1})`;

/** Ordinal position for repeated fields: "Forma de pago 2". */
export const nth = (label: string, index: number): string => `${label} ${index + 1}`;

/**
 * List endpoints: filters and Siigo's pagination envelope
 * `{pagination: {page, page_size, total_results}, results, _links: {previous?, self, next?}}`
 * with absolute hrefs to this sandbox that keep the caller's filters. `page` is 1-based,
 * `page_size` defaults to 25 (the Blueprint's examples) and is capped at 100 (FIELD-NOTES).
 * Results come in creation order, so a page boundary never moves under a paging client.
 */
import { badRequest, siigoError } from '../errors';
import { parseFilterDate } from '../clock';
import type { Metadata } from '../domain/types';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export type Predicate<T> = (row: T) => boolean;

export interface Paged<T> {
  pagination: { page: number; page_size: number; total_results: number };
  results: T[];
  _links: { previous?: { href: string }; self: { href: string }; next?: { href: string } };
}

function positiveInt(params: URLSearchParams, name: string, fallback: number): number {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) {
    throw badRequest.invalid('invalid_value', name, `The query parameter ${name} must be a positive integer`);
  }
  return Number(raw);
}

export function paginate<T, R = T>(
  baseUrl: string,
  path: string,
  params: URLSearchParams,
  rows: readonly T[],
  render: (row: T) => R = (row) => row as unknown as R,
): Paged<R> {
  const page = positiveInt(params, 'page', 1);
  const pageSize = Math.min(positiveInt(params, 'page_size', DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE);
  const start = (page - 1) * pageSize;
  const href = (p: number): { href: string } => {
    const q = new URLSearchParams(params);
    q.set('page', String(p));
    q.set('page_size', String(pageSize));
    return { href: `${baseUrl}${path}?${q.toString()}` };
  };
  const links: Paged<R>['_links'] = { self: href(page) };
  if (page > 1) links.previous = href(page - 1);
  if (start + pageSize < rows.length) links.next = href(page + 1);
  return {
    pagination: { page, page_size: pageSize, total_results: rows.length },
    results: rows.slice(start, start + pageSize).map(render),
    _links: links,
  };
}

function filterDate(params: URLSearchParams, name: string, edge: 'start' | 'end'): number | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  const ms = parseFilterDate(raw, edge);
  if (ms === null) {
    throw siigoError(400, 'invalid_date', `The query parameter ${name} has an invalid date, use yyyy-MM-dd or yyyy-MM-ddTHH:mm:ssZ`, [name]);
  }
  return ms;
}

/**
 * created_start/end and updated_start/end on `metadata`. Entities never changed after creation
 * have `last_updated: null` and are NOT matched by updated_* (the field they filter on is
 * empty); a client syncing incrementally must also ask with created_start.
 */
export function metadataFilters<T extends { metadata: Metadata }>(params: URLSearchParams): Predicate<T>[] {
  const out: Predicate<T>[] = [];
  const createdStart = filterDate(params, 'created_start', 'start');
  const createdEnd = filterDate(params, 'created_end', 'end');
  const updatedStart = filterDate(params, 'updated_start', 'start');
  const updatedEnd = filterDate(params, 'updated_end', 'end');
  if (createdStart !== undefined) out.push((r) => Date.parse(r.metadata.created) >= createdStart);
  if (createdEnd !== undefined) out.push((r) => Date.parse(r.metadata.created) <= createdEnd);
  if (updatedStart !== undefined) {
    out.push((r) => r.metadata.last_updated !== null && Date.parse(r.metadata.last_updated) >= updatedStart);
  }
  if (updatedEnd !== undefined) {
    out.push((r) => r.metadata.last_updated !== null && Date.parse(r.metadata.last_updated) <= updatedEnd);
  }
  return out;
}

/** date_start/date_end on the document's own `date` (yyyy-MM-dd). */
export function documentDateFilters<T extends { date: string }>(params: URLSearchParams): Predicate<T>[] {
  const out: Predicate<T>[] = [];
  const start = filterDate(params, 'date_start', 'start');
  const end = filterDate(params, 'date_end', 'end');
  if (start !== undefined) out.push((r) => Date.parse(`${r.date}T00:00:00Z`) >= start);
  if (end !== undefined) out.push((r) => Date.parse(`${r.date}T00:00:00Z`) <= end);
  return out;
}

/** Exact-match filter on a query parameter, when present. */
export function equalsFilter<T>(params: URLSearchParams, name: string, read: (row: T) => string | number): Predicate<T>[] {
  const raw = params.get(name);
  if (raw === null || raw === '') return [];
  return [(row) => String(read(row)) === raw];
}

export function applyFilters<T>(rows: readonly T[], predicates: Predicate<T>[]): readonly T[] {
  if (predicates.length === 0) return rows;
  return rows.filter((row) => predicates.every((p) => p(row)));
}

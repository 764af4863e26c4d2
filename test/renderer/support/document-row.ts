import type { DocumentRow } from '../../../src-renderer/data/outbox/rows';

let counter = 0;

/** A confirmed document as the outbox stores it (queued, nothing from Siigo yet unless given). */
export function documentRow(partial: Partial<DocumentRow> & Pick<DocumentRow, 'kind' | 'body'>): DocumentRow {
  counter += 1;
  return {
    id: `doc-${counter}`,
    state: 'queued',
    // 3:07 p. m. in Bogotá.
    createdAt: '2026-03-14T20:07:00.000Z',
    updatedAt: '2026-03-14T20:07:00.000Z',
    operationId: `op-${counter}`,
    dependsOn: [],
    refs: [],
    summary: {},
    siigo: null,
    dian: null,
    ...partial,
  };
}

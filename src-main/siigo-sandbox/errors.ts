/**
 * Siigo's error body: `{"Status": n, "Errors": [{"Code", "Message", "Params": [...], "Detail"}]}`
 * (00-overview.md, "Manejo de errores"). Handlers throw `SiigoError`; the server turns it into
 * that body so no code path can answer an error in another shape.
 */
export interface SiigoErrorItem {
  Code: string;
  Message: string;
  Params: string[];
  Detail: string;
}

export interface SiigoErrorBody {
  Status: number;
  Errors: SiigoErrorItem[];
}

const DOCS = 'Check the API documentation: https://siigoapi.docs.apiary.io/';

export class SiigoError extends Error {
  constructor(
    readonly status: number,
    readonly items: SiigoErrorItem[],
  ) {
    super(items.map((i) => `${i.Code}: ${i.Message}`).join('; '));
  }

  get body(): SiigoErrorBody {
    return { Status: this.status, Errors: this.items };
  }
}

export function errorItem(code: string, message: string, params: string[] = [], detail = DOCS): SiigoErrorItem {
  return { Code: code, Message: message, Params: params, Detail: detail };
}

export function siigoError(status: number, code: string, message: string, params: string[] = []): SiigoError {
  return new SiigoError(status, [errorItem(code, message, params)]);
}

/** 400 helpers, one per documented code, so messages stay uniform. */
export const badRequest = {
  required: (field: string) => siigoError(400, 'parameter_required', `The field ${field} is required`, [field]),
  reference: (field: string, value: unknown) =>
    siigoError(400, 'invalid_reference', `The ${field} '${String(value)}' doesn't exist`, [field]),
  inactive: (field: string, value: unknown) =>
    siigoError(400, 'parameter_inactive', `The ${field} '${String(value)}' is inactive`, [field]),
  invalid: (code: string, field: string, message: string) => siigoError(400, code, message, [field]),
};

export function notFound(what = 'resource'): SiigoError {
  return siigoError(404, 'not_found', `The ${what} was not found`);
}

import type { Failure, FailureKind, SiigoErrorEntry } from '../failure';
import type { OperationKind } from '../outbox/states';
import { documentErrorMessages } from './document-error-messages';

/**
 * What each Siigo error code means for the person at the counter, and what to do about it
 * (Spanish, Colombia). Codes from Siigo's error list (00-overview.md). Siigo's own message and
 * the field it names are shown beside it, because they say which value is wrong.
 */
export const siigoErrorMessages: Readonly<Record<string, string>> = {
  already_exists: 'Ya existe en Siigo un registro con esa identificación o código. Búsquelo y úselo en lugar de crearlo.',
  disabled_functionality: 'Siigo tiene esta función deshabilitada por ahora. Intente más tarde o use Siigo Nube.',
  company_settings: 'La empresa en Siigo no tiene configurado un dato que se envió (moneda extranjera o datos tributarios). Revise Configuración > Perfil de la organización en Siigo Nube.',
  customer_settings: 'El cliente no tiene contactos en Siigo. Agréguele un contacto con correo y vuelva a enviar.',
  delete_not_allowed: 'No se puede borrar porque tiene movimientos relacionados.',
  blocked_transactions: 'La fecha del documento está bloqueada para transacciones en Siigo. Un administrador debe revisar el bloqueo por fecha en Siigo Nube.',
  documents_service: 'El servicio de documentos de Siigo no está disponible. Se reintentará en unos minutos.',
  document_settings: 'El tipo de comprobante no admite algo que se envió (vendedor por ítem, centro de costos, numeración, descuentos o decimales). Revise la configuración del comprobante en Siigo Nube.',
  duplicated_document: 'Siigo ya tiene este documento. Verifique en Documentos antes de crearlo otra vez.',
  header_required: 'Falta el Partner-Id en la conexión. Revíselo en Ajustes > Conexión con Siigo.',
  invalid_array: 'Una lista del documento no es válida (nombres, contactos, impuestos, ítems o formas de pago). Corrija el campo indicado.',
  invalid_amount: 'Un valor no es válido: debe ser positivo, con máximo 2 decimales (6 en el precio) y sin superar el saldo. Corrija el valor indicado.',
  invalid_code: 'El código no puede tener espacios ni comillas simples.',
  invalid_cost_center: 'El centro de costos no existe en Siigo. Elija otro en Ajustes o en el documento.',
  invalid_currency: 'La moneda no es válida para este documento; para pesos colombianos no la envíe.',
  invalid_date: 'La fecha no es válida. Las facturas y notas crédito electrónicas no pueden llevar fecha anterior a hoy; las facturas electrónicas van con la fecha del día en que se envían.',
  invalid_description: 'La descripción tiene caracteres no permitidos.',
  invalid_document: 'El tipo de comprobante no corresponde a este documento (por ejemplo, un tipo de factura en una nota crédito, o una nota no electrónica para una factura electrónica). Elija el tipo correcto en Ajustes.',
  invalid_email: 'El correo electrónico no es válido. Corríjalo (ejemplo: nombre@empresa.co).',
  invalid_identification: 'La identificación no es válida para su tipo (revise dígitos y dígito de verificación del NIT).',
  'invalid_idempotency-key': 'Error interno de la clave de envío. Reporte este caso a soporte.',
  invalid_name: 'El nombre tiene caracteres no permitidos.',
  invalid_payment: 'La forma de pago no se puede usar en este documento (cada forma de pago vale para facturas, notas crédito o recibos de caja), o una forma de pago a crédito se combinó con otras. Elija otra forma de pago.',
  invalid_partner_id: 'El Partner-Id solo puede tener letras y números (3 a 100). Corríjalo en Ajustes.',
  payment_types_service: 'El servicio de formas de pago de Siigo no está disponible. Se reintentará en unos minutos.',
  invalid_range: 'Un valor está fuera del rango permitido.',
  invalid_reference: 'Algo que se usó no existe en Siigo (producto, cliente, vendedor, forma de pago, impuesto, tipo de documento o la factura de una nota crédito). Sincronice y elija uno que exista.',
  invalid_total_payments: 'Las formas de pago no suman el total del documento, calculado como lo calcula Siigo (descuentos, impuestos y retenciones por línea, al centavo). Ajuste los valores de pago.',
  invalid_retentions: 'Las retenciones no son válidas para este comprobante. Revise las retenciones.',
  invalid_type: 'Un dato tiene un tipo no válido. Corrija el campo indicado.',
  invalid_url: 'La dirección web no es válida.',
  update_not_allowed: 'Siigo no permite ese cambio porque ya hay movimientos.',
  invalid_value: 'Un valor no es válido (una cantidad con más de 2 decimales o mayor que la que queda por devolver, un consecutivo, una cuota o un motivo de nota crédito). Corrija el campo indicado.',
  length_max: 'Un texto es demasiado largo. Acórtelo.',
  length_min: 'Un texto es demasiado corto. Complételo.',
  not_found: 'Siigo no encontró el registro. Puede haber sido borrado en Siigo Nube.',
  parameter_empty: 'Falta un valor obligatorio (unidad o responsabilidad fiscal).',
  parameter_inactive: 'Se usó algo que está inactivo en Siigo (vendedor, forma de pago, impuesto, producto o lista de precios). Actívelo en Siigo Nube o elija otro.',
  parameter_required: 'Falta un dato obligatorio. Complete el campo indicado.',
  parameters_exclusive: 'Se enviaron datos que no pueden ir juntos. Corrija el documento.',
  invalid_plan_type: 'El plan de Siigo de la empresa no permite esta operación.',
  invalid_account: 'La cuenta contable no existe o no es válida.',
  product_settings: 'El producto no maneja inventario: no indique bodega para él.',
  requests_limit: 'Se enviaron demasiadas solicitudes a Siigo en poco tiempo (Siigo admite 100 por minuto, 10 en su empresa de pruebas). Mostrador esperará y reintentará solo; no hace falta hacer nada.',
  unauthorized: 'Siigo rechazó las credenciales. Revise el usuario API y la llave de acceso en Ajustes.',
  unhandled_error: 'Siigo tuvo un error interno. Se reintentará; si persiste, contacte a soporteapi@siigo.com.',
  request_timeout: 'Siigo tardó demasiado en responder. Se reintentará.',
  service_unavailable: 'Siigo no está disponible en este momento. Se reintentará.',
  warehouse_settings: 'La empresa no tiene activo el manejo de bodegas en Siigo: no indique bodega.',
  invalid_balance: 'Los débitos y créditos no son iguales.',
  values_limit: 'Un valor supera el límite que Siigo permite; por ejemplo, una nota crédito por más de lo que queda por acreditar de su factura. Revise cantidades y valores.',
  invalid_date_range: 'El rango de fechas no es válido.',
  date_settings: 'La fecha del documento no está permitida en Siigo.',
  parameter_not_allowed: 'Se envió un dato no permitido para ese impuesto o fecha.',
  non_editable: 'Ese dato ya no se puede cambiar en Siigo.',
  entry_service: 'Siigo no pudo completar la solicitud en este momento. Se reintentará.',
  general_service: 'El servicio de Siigo no está disponible. Se reintentará en unos minutos.',
  // Not in Siigo's list, but answered on the way there.
  request_too_large: 'El documento es demasiado grande para enviarlo de una vez. Divídalo en documentos más pequeños.',
};

const kindMessages: Record<FailureKind, string> = {
  offline: 'Sin conexión con Siigo. Todo queda guardado en este equipo y se enviará cuando vuelva la conexión.',
  timeout: 'Siigo no respondió a tiempo. Se reintentará automáticamente.',
  cancelled: 'La operación se canceló.',
  rate_limited: 'Siigo pidió esperar por exceso de solicitudes. Se reintentará automáticamente.',
  server: 'Siigo tuvo un problema temporal. Se reintentará automáticamente.',
  auth: 'Siigo rechazó las credenciales. Revise el usuario API y la llave de acceso en Ajustes > Conexión con Siigo.',
  rejected: 'Siigo rechazó el documento. Corrija lo indicado y vuelva a enviarlo.',
  invalid_response: 'Siigo respondió algo inesperado. Intente de nuevo; si se repite, exporte el diagnóstico para soporte.',
  invalid_input: 'Hay datos por corregir antes de enviar.',
  unknown_outcome: 'No se supo si Siigo recibió el documento. Mostrador lo verificará antes de reenviarlo.',
  wrong_company: 'Mostrador está conectado a otra empresa: no se envió nada. Los documentos se enviarán cuando vuelva a conectar la empresa a la que pertenecen.',
};

export interface ExplainedError {
  /** What to do, in plain Spanish. */
  advice: string;
  /** Siigo's own message and the field, when Siigo sent them: the technical detail shown beside the advice. */
  detail: string | null;
  code: string | null;
  /** Siigo's message exactly as it came (`Errors[].Message`), for support. */
  siigoMessage?: string;
  /** The fields Siigo named (`Errors[].Params`), e.g. `items[0].quantity`. */
  fields?: string[];
}

const fallbackAdvice = 'Siigo rechazó el documento. Revise el detalle.';

/** The explanation of a code: for the document refused when it differs, else the general one. */
export function adviceFor(code: string, document?: OperationKind): string {
  return (document && documentErrorMessages[document]?.[code]) ?? siigoErrorMessages[code] ?? fallbackAdvice;
}

function explainEntry(entry: SiigoErrorEntry, document: OperationKind | undefined): ExplainedError {
  const fields = entry.Params ?? [];
  const field = fields.length > 0 ? ` (campo: ${fields.join(', ')})` : '';
  const more = entry.Detail && entry.Detail !== entry.Message ? ` ${entry.Detail}` : '';
  return {
    advice: adviceFor(entry.Code, document),
    detail: `${entry.Message}${field}${more}`,
    code: entry.Code,
    siigoMessage: entry.Message,
    ...(fields.length > 0 ? { fields: [...fields] } : {}),
  };
}

/**
 * One explanation per Siigo error entry, or one for the failure itself when Siigo sent none.
 * `document` (the kind of document refused) picks the explanation meant for it where a code
 * means something else on, say, a credit note. A failure explained by its kind (rate limit,
 * server trouble) keeps Siigo's own words in `siigoMessage` when Siigo sent any.
 */
export function explainFailure(failure: Failure, document?: OperationKind): ExplainedError[] {
  if (failure.errors.length > 0 && (failure.kind === 'rejected' || failure.kind === 'auth' || failure.kind === 'invalid_input')) {
    return failure.errors.map((entry) => explainEntry(entry, document));
  }
  // Retried on its own: the advice alone is shown; Siigo's words stay at hand for support.
  const siigoMessage = failure.errors.map((entry) => entry.Message).join(' ');
  return [{ advice: kindMessages[failure.kind], detail: null, code: null, ...(siigoMessage ? { siigoMessage } : {}) }];
}

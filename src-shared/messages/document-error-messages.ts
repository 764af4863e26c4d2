import type { OperationKind } from '../outbox/states';

/**
 * Where one Siigo code means something different depending on the document refused, what it
 * means for that document (Spanish, Colombia). Codes not listed here fall back to the general
 * explanation in `siigoErrorMessages`. Credit notes share most codes with invoices but fail for
 * reasons of their own: the invoice they correct (00-overview.md, 08-notas-credito.md).
 */
export const documentErrorMessages: Readonly<Partial<Record<OperationKind, Readonly<Record<string, string>>>>> = {
  invoice: {
    invalid_date: 'Una factura electrónica debe llevar la fecha del día en que se envía a la DIAN, nunca una anterior. Mostrador la envía con la fecha de hoy; si Siigo aún la rechaza, revise la fecha del equipo.',
    invalid_total_payments: 'Las formas de pago no suman el total de la factura (con descuentos, impuestos y retenciones). Ajuste los valores de pago.',
    invalid_document: 'El tipo de comprobante elegido no es de factura de venta. Elija un tipo de factura en Ajustes.',
  },
  creditNote: {
    invalid_date: 'Una nota crédito electrónica no puede llevar fecha anterior a hoy. Envíela con la fecha de hoy; además, la DIAN solo la recibe dentro de los 10 días siguientes a su fecha.',
    invalid_document: 'La nota crédito no corresponde a su factura: si la factura es electrónica, el tipo de nota crédito también debe serlo (y si no lo es, tampoco la nota), y una factura electrónica debe haber sido enviada a la DIAN antes de hacerle una nota crédito. Revise el tipo de nota en Ajustes o espere a que la DIAN valide la factura.',
    invalid_total_payments: 'Las formas de pago de la devolución no suman el total de la nota crédito. Ajuste los valores.',
    invalid_payment: 'Esa forma de pago no se puede usar en notas crédito. Elija una de las formas de pago para devoluciones (por ejemplo efectivo, transferencia o abono a la factura).',
    invalid_value: 'Una cantidad o un motivo no es válido: no se pueden devolver productos que no están en la factura ni más unidades de las que quedan por devolver, y el motivo debe ser uno de la DIAN. Revise la línea indicada.',
    values_limit: 'La nota crédito vale más de lo que queda por acreditar de la factura (su total menos las notas crédito anteriores). Revise las cantidades devueltas.',
    invalid_reference: 'La factura de la nota crédito, o algo que la nota usa, no existe en Siigo. Sincronice y vuelva a elegir la factura.',
    parameter_required: 'Falta un dato obligatorio de la nota crédito (la factura, el motivo de la DIAN, productos o formas de pago). Complete el campo indicado.',
  },
  voucher: {
    invalid_total_payments: 'El valor recibido no es igual a la suma de lo abonado a las facturas. Ajuste el valor o los abonos.',
    invalid_payment: 'Esa forma de pago no se puede usar en recibos de caja, o un recibo avanzado lleva forma de pago. Elija otra forma de pago.',
    invalid_amount: 'Un valor no es válido: debe ser positivo, con máximo 2 decimales, y un abono no puede superar el saldo de la factura.',
  },
  quotation: {
    invalid_document: 'El tipo de comprobante elegido no es de cotización. Elija un tipo de cotización en Ajustes.',
  },
};

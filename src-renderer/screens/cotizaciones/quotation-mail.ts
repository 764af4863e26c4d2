/** A message to the customer with the quotation, for the user's mail program (`mailto:`). */
export interface QuotationMail {
  to: string;
  number: string | null;
  issuerName: string;
  customerName: string | null;
  total: string;
  validUntil: string | null;
}

export const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

/**
 * `mailto:` with the subject and a short body in Spanish. A mailto cannot carry a file: the body
 * and the screen ask to attach the PDF saved with "Guardar PDF".
 */
export function quotationMailto(mail: QuotationMail): string {
  const what = mail.number ? `Cotización ${mail.number}` : 'Cotización';
  const from = mail.issuerName ? ` de ${mail.issuerName}` : '';
  const body = [
    `Buenos días${mail.customerName ? `, ${mail.customerName}` : ''}:`,
    '',
    `Adjuntamos la ${what.charAt(0).toLowerCase()}${what.slice(1)}${from}, por un total de ${mail.total}${mail.validUntil ? `, válida hasta el ${mail.validUntil}` : ''}.`,
    '',
    'Quedamos atentos a sus comentarios.',
    '',
    'Cordialmente,',
    mail.issuerName,
  ].join('\n');
  return `mailto:${encodeURIComponent(mail.to.trim()).replace(/%40/g, '@')}?subject=${encodeURIComponent(`${what}${from}`)}&body=${encodeURIComponent(body.trimEnd())}`;
}

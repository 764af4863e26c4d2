/** A message to the customer with the quotation, for the user's mail program (`mailto:`). */
export interface QuotationMail {
  to: string;
  number: string | null;
  issuerName: string;
  customerName: string | null;
  total: string;
  validUntil: string | null;
}

/**
 * The subject and a short body in Spanish, one line per entry. A mailto cannot carry a file: the
 * body and the screen ask to attach the PDF saved with "Guardar PDF".
 */
export function quotationMessage(mail: QuotationMail): { subject: string; lines: string[] } {
  const what = mail.number ? `Cotización ${mail.number}` : 'Cotización';
  const from = mail.issuerName ? ` de ${mail.issuerName}` : '';
  const lines = [
    `Buenos días${mail.customerName ? `, ${mail.customerName}` : ''}:`,
    '',
    `Adjuntamos la ${what.charAt(0).toLowerCase()}${what.slice(1)}${from}, por un total de ${mail.total}${mail.validUntil ? `, válida hasta el ${mail.validUntil}` : ''}.`,
    '',
    'Quedamos atentos a sus comentarios.',
    '',
    'Cordialmente,',
    ...(mail.issuerName ? [mail.issuerName] : []),
  ];
  return { subject: `${what}${from}`, lines };
}

/** `mailto:` with the subject and the body; its line breaks are CRLF, as RFC 6068 asks (`%0D%0A`). */
export function quotationMailto(mail: QuotationMail): string {
  const { subject, lines } = quotationMessage(mail);
  return `mailto:${encodeURIComponent(mail.to.trim()).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(lines.join('\r\n'))}`;
}

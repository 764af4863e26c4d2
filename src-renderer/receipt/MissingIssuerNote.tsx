import { useRollSettings } from './receipt-data';

/**
 * On screen only, beside a receipt about to be handed over: a receipt without the shop's name,
 * NIT and DIAN resolution is not a document the buyer can keep, and Siigo's API does not give
 * them, so whoever set up this PC has to type them in Ajustes.
 */
export function MissingIssuerNote() {
  const { issuer } = useRollSettings();
  if (issuer.name.trim() !== '' && issuer.nit.trim() !== '' && issuer.resolution.trim() !== '') return null;
  return (
    <p className="notice no-print" role="note" data-testid="missing-issuer">
      Este recibo no lleva todos los datos de su negocio (razón social, NIT y resolución DIAN): complételos en Ajustes › Recibo.
    </p>
  );
}

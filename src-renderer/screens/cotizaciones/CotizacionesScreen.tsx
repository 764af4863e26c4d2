/** Placeholder until the screen is built. */
export function CotizacionesScreen() {
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Cotizaciones</h1>
    </section>
  );
}

/** Placeholder until the screen is built. */
export function VentaScreen() {
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Venta</h1>
    </section>
  );
}

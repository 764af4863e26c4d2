/** Placeholder until the screen is built. */
export function SincronizacionScreen() {
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Sincronización</h1>
    </section>
  );
}

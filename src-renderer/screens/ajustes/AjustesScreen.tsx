/** Placeholder until the screen is built. */
export function AjustesScreen() {
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Ajustes</h1>
    </section>
  );
}

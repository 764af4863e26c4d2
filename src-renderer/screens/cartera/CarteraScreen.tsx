/** Placeholder until the screen is built. */
export function CarteraScreen() {
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Cartera</h1>
    </section>
  );
}

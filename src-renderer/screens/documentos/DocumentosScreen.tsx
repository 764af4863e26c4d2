/** Placeholder until the screen is built. */
export function DocumentosScreen() {
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Documentos</h1>
    </section>
  );
}

/** Placeholder until the screen is built. */
export function ProductosScreen() {
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Productos</h1>
    </section>
  );
}

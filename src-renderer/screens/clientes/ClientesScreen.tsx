/** Placeholder until the screen is built. */
export function ClientesScreen() {
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Clientes</h1>
    </section>
  );
}

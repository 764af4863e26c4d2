/** Validation messages under a field; `id` lets the input point at them (aria-describedby). */
export function FieldErrors({ id, messages }: { id?: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <span id={id} className="field-error" role="alert">
      {messages.join(' · ')}
    </span>
  );
}

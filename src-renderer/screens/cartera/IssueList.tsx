import type { ValidationIssue } from '../../../src-shared/validation';

/**
 * Refusals not shown next to a field (customer, receipt type…), listed above the button. The
 * validators' messages are Spanish already; an unexpected error (code `error`) carries the raw
 * text of whatever failed, often English: it is said in Spanish and kept, collapsed, as the
 * technical detail for support.
 */
export function IssueList({ issues }: { issues: readonly ValidationIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <div role="alert" className="error-banner">
      <strong>No se pudo registrar:</strong>
      <ul>
        {issues.map((issue, i) =>
          issue.code === 'error' ? (
            <li key={i}>
              Ocurrió un error inesperado. Antes de repetirlo, revise en Documentos si quedó registrado; si vuelve a pasar, exporte el diagnóstico en Ajustes para soporte.
              <details className="technical-detail">
                <summary>Detalle técnico</summary>
                <span>{issue.message}</span>
              </details>
            </li>
          ) : (
            <li key={i}>{issue.message}</li>
          ),
        )}
      </ul>
    </div>
  );
}

import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";

/**
 * A labelled form control with its error underneath. The control gets `aria-invalid` and
 * `aria-describedby` so the message is read out with the field.
 */
export function Field({ label, name, error, hint, children }: { label: ReactNode; name: string; error?: string; hint?: ReactNode; children: ReactNode }) {
  const errorId = `${name}-error`;
  const control = Children.only(children);
  const enhanced = isValidElement(control)
    ? cloneElement(control as ReactElement<Record<string, unknown>>, {
        "aria-invalid": error ? true : undefined,
        "aria-describedby": error ? errorId : undefined,
      })
    : control;
  const controlId = isValidElement(control) ? ((control.props as { id?: string }).id ?? name) : name;
  return (
    <div className="field">
      <label htmlFor={controlId}>{label}</label>
      {enhanced}
      {hint && !error && <span className="muted small">{hint}</span>}
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

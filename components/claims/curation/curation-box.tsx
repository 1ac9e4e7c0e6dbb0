import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

/** The frame of one curation editor: a labelled group, its body, and its primary action with Cancel. */
export function CurationBox({
  label,
  children,
  action,
  onAction,
  actionDisabled,
  onCancel,
  error,
  footer,
}: {
  label: string;
  children: ReactNode;
  action: string;
  onAction(): void;
  actionDisabled: boolean;
  onCancel(): void;
  /** A message for the whole action (field errors are shown by the body). */
  error?: string | null;
  footer?: ReactNode;
}) {
  return (
    <div className="curation-box" role="group" aria-label={label}>
      {children}
      <div className="row">
        <Button size="sm" variant="primary" disabled={actionDisabled} onClick={onAction}>
          {action}
        </Button>
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
      {footer}
      {error && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}

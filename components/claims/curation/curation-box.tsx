import type { ReactNode } from "react";
import { ActionRow } from "@/components/ui/action-row";

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
      <ActionRow label={action} disabled={actionDisabled} onAction={onAction} onCancel={onCancel} />
      {footer}
      {error && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}

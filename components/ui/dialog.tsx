"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "./button";

/**
 * A modal dialog on the native <dialog> (showModal): the rest of the page is inert while it is open, so the
 * focus stays inside; Escape or a click on the backdrop closes it, and the browser returns the focus to what
 * had it. `open` is the parent's state; `onClose` is called whenever the dialog asks to close.
 */
export function Dialog({
  open,
  title,
  onClose,
  children,
  className,
  testId,
}: {
  open: boolean;
  title: string;
  onClose(): void;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={["dialog", className].filter(Boolean).join(" ")}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(e) => {
        // Escape: the parent decides (it closes by setting `open`).
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      {open && (
        <div className="dialog-body">
          <h2 id={titleId} className="dialog-title">
            {title}
          </h2>
          {children}
        </div>
      )}
    </dialog>
  );
}

/**
 * "Are you sure?" before a step that is seen outside the desk or hard to take back (approve, publish): what
 * will happen, the action and Cancel (which has the focus first, so Enter alone does nothing rash).
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  variant = "primary",
  pending = false,
  error,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  variant?: "primary" | "danger";
  pending?: boolean;
  /** The server's refusal, shown in the dialog. */
  error?: string | null;
  onConfirm(): void;
  onCancel(): void;
}) {
  return (
    <Dialog open={open} title={title} onClose={onCancel} testId="confirm-dialog">
      {children && <div className="dialog-text">{children}</div>}
      {error && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
      <div className="dialog-actions">
        <Button autoFocus variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button variant={variant} disabled={pending} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}

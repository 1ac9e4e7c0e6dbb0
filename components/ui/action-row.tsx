import { Button } from "./button";

/** A form's primary action and Cancel, side by side (`onAction` absent: the action submits the form). */
export function ActionRow({ label, variant = "primary", disabled, onAction, onCancel }: { label: string; variant?: "primary" | "danger"; disabled?: boolean; onAction?(): void; onCancel(): void }) {
  return (
    <div className="row">
      <Button type={onAction ? "button" : "submit"} size="sm" variant={variant} disabled={disabled} onClick={onAction}>
        {label}
      </Button>
      <Button size="sm" variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}

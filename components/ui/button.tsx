import type { ButtonHTMLAttributes, Ref } from "react";

type Variant = "default" | "primary" | "danger" | "ghost" | "dark";

/** Returns the classes of a button of this look, for a link styled as a button (`<Link className={buttonClasses()}>`). */
export function buttonClasses({ variant = "default", size, className }: { variant?: Variant; size?: "sm"; className?: string } = {}): string {
  return ["btn", variant !== "default" && `btn-${variant}`, size === "sm" && "btn-sm", className].filter(Boolean).join(" ");
}

/** The app's button (type "button" unless told otherwise); `ref` reaches the <button>. */
export function Button({ variant, size, className, ref, ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; size?: "sm"; ref?: Ref<HTMLButtonElement> }) {
  return <button type="button" ref={ref} className={buttonClasses({ variant, size, className })} {...props} />;
}

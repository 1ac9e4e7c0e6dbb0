import type { ReactNode } from "react";

export function Badge({ className, children, title }: { className?: string; children: ReactNode; title?: string }) {
  return (
    <span className={["badge", className].filter(Boolean).join(" ")} title={title}>
      {children}
    </span>
  );
}

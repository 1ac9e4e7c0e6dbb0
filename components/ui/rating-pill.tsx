import type { ReactNode } from "react";
import { readableTextColor } from "@/lib/format/readable-text-color";

/** A rating's label on its colour, in black or white text, whichever reads better on that colour. */
export function RatingPill({ rating, children }: { rating: { label: string; color: string }; children?: ReactNode }) {
  return (
    <span className="rating-pill" style={{ background: rating.color, color: readableTextColor(rating.color) }}>
      {children ?? rating.label}
    </span>
  );
}

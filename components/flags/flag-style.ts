import type { FlagKind } from "@/lib/flags/flag-kinds";

/** How each kind of flag looks in the text and the legend: a short glyph on a colour (glyphs the common system fonts have). */
export const FLAG_STYLE: Record<FlagKind, { glyph: string; color: string }> = {
  temporal_inconsistency: { glyph: "◷", color: "#c2410c" },
  entity_mixup: { glyph: "⇄", color: "#b91c1c" },
  numeric_inconsistency: { glyph: "#", color: "#7c3aed" },
  misattribution: { glyph: "❝", color: "#be185d" },
  citation_residue: { glyph: "+1", color: "#0369a1" },
  unsupported_assertion: { glyph: "?", color: "#a16207" },
  duplicated_passage: { glyph: "≡", color: "#4d7c0f" },
  misquote: { glyph: "✎", color: "#9d174d" },
  editorial: { glyph: "Aa", color: "#475569" },
};

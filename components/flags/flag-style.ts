import type { FlagKind, FlagSeverity } from "@/lib/flags/flag-kinds";

/**
 * Each kind of flag has a short glyph (one the common system fonts have), shown in its pin; the colour is the
 * kind's in charts only — in the reader a pin's colour is its severity (FLAG_SEVERITY_COLOR).
 */
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

/**
 * A flag's severity is the colour of its pin and of the dotted line under its words — the reader's one flag
 * encoding (a claim's highlight is its verdict). Low is an outlined pin, so the three differ in shape too.
 */
export const FLAG_SEVERITY_COLOR: Record<FlagSeverity, string> = { high: "#b42318", medium: "#b54708", low: "#8a6700" };

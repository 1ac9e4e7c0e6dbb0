/** The default rating scale of the brief. `value` is the ClaimReview number: True = best (6), False = worst (1). */
export const DEFAULT_RATINGS = [
  { slug: "true", label: "True", value: 6, color: "#1a7f37", isDismissal: false, description: "Accurate, nothing significant missing." },
  { slug: "mostly-true", label: "Mostly true", value: 5, color: "#4d9a2a", isDismissal: false, description: "Accurate, but needs clarification or detail." },
  { slug: "mixed", label: "Mixed", value: 4, color: "#b08800", isDismissal: false, description: "Partly accurate, partly not." },
  { slug: "misleading", label: "Misleading", value: 3, color: "#c4661f", isDismissal: false, description: "Technically accurate but gives a false impression." },
  { slug: "mostly-false", label: "Mostly false", value: 2, color: "#cf3a24", isDismissal: false, description: "Contains an element of truth but ignores critical facts." },
  { slug: "false", label: "False", value: 1, color: "#a40e26", isDismissal: false, description: "Not accurate." },
  { slug: "unverifiable", label: "Unverifiable", value: null, color: "#6e7781", isDismissal: false, description: "Cannot be checked with the evidence available." },
  { slug: "not-a-claim", label: "Not a claim", value: null, color: "#8c959f", isDismissal: true, description: "Opinion or prediction: nothing to check." },
] as const;

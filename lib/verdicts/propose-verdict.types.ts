// The contract of propose-verdict: its input, parsed on the server and typed on the client (client-safe: no database).
import { z } from "zod";
import { Id } from "../validation/common";

export const ProposeVerdictInput = z.object({
  ratingId: z.string({ error: "choose a rating" }).trim().min(1, "choose a rating").pipe(Id),
  rationale: z.string({ error: "is required" }).trim().min(10, "explain the verdict in at least 10 characters").max(10_000, "must be at most 10,000 characters"),
  confidence: z.number({ error: "must be a number from 0 to 100" }).int("must be a whole number").min(0, "must be at least 0").max(100, "must be at most 100"),
  evidenceIds: z.array(Id).max(100).default([]),
  /** The revision of the reviewer's own verdict being edited; absent when proposing a first one. */
  revision: z.number().int().min(0).optional(),
});
export type ProposeVerdictInput = z.input<typeof ProposeVerdictInput>;

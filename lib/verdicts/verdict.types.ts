// A verdict as the API hands it back after a write (client-safe: no database).
import { z } from "zod";
import { JsonDate } from "../validation/json";

export const VerdictRow = z.object({
  id: z.string(),
  claimId: z.string(),
  reviewerId: z.string(),
  ratingId: z.string(),
  rationale: z.string(),
  confidence: z.number(),
  approvedById: z.string().nullable(),
  approvedAt: JsonDate.nullable(),
  revision: z.number(),
  createdAt: JsonDate,
  updatedAt: JsonDate,
});

/** `{ verdict }`: what proposing and approving answer. */
export const VerdictResponse = z.object({ verdict: VerdictRow });

// A claim as the API hands it back after a write (client-safe: no database).
import { z } from "zod";
import { JsonDate } from "../validation/json";
import { ANCHOR_STATES, CLAIM_ORIGINS, CLAIM_STATUSES } from "./claim-status";

export const ClaimRow = z.object({
  id: z.string(),
  articleId: z.string(),
  text: z.string(),
  start: z.number(),
  end: z.number(),
  exact: z.string(),
  anchorState: z.enum(ANCHOR_STATES),
  status: z.enum(CLAIM_STATUSES),
  origin: z.enum(CLAIM_ORIGINS),
  score: z.number().nullable(),
  dismissalReason: z.string().nullable(),
  finalVerdictId: z.string().nullable(),
  revision: z.number(),
  createdAt: JsonDate,
  updatedAt: JsonDate,
});
export type ClaimRow = z.output<typeof ClaimRow>;

/** `{ claim }`: what the claim writes (status, span) answer. */
export const ClaimResponse = z.object({ claim: ClaimRow });

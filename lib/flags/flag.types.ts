// A flag as the API hands it back (client-safe: no database).
import { z } from "zod";
import { JsonDate } from "../validation/json";
import { ANCHOR_STATES } from "../claims/claim-status";
import { FLAG_KINDS, FLAG_SEVERITIES, FLAG_STATUSES } from "./flag-kinds";

export const FlagRow = z.object({
  id: z.string(),
  articleId: z.string(),
  claimId: z.string().nullable(),
  kind: z.enum(FLAG_KINDS),
  severity: z.enum(FLAG_SEVERITIES),
  status: z.enum(FLAG_STATUSES),
  ruleId: z.string().nullable(),
  explanation: z.string(),
  dismissalReason: z.string().nullable(),
  /** The article version whose text no longer has the error (status resolved). */
  resolvedByVersion: z.number().nullable(),
  /** A person's flag whose words changed in a new version. */
  needsLook: z.boolean(),
  start: z.number(),
  end: z.number(),
  exact: z.string(),
  anchorState: z.enum(ANCHOR_STATES),
  createdAt: JsonDate,
});
export type FlagRow = z.output<typeof FlagRow>;

/** `{ flag }`: what flag writes answer. */
export const FlagResponse = z.object({ flag: FlagRow });

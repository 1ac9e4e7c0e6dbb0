// The contract of resolve-flag: its input, parsed on the server and typed on the client (client-safe: no database).
import { z } from "zod";
import { FLAG_REVIEW_STATUSES } from "./flag-kinds";

export const ResolveFlagInput = z.object({
  status: z.enum(FLAG_REVIEW_STATUSES, { error: "must be open, confirmed or dismissed" }),
  reason: z.string().trim().max(2000, "must be at most 2000 characters").optional(),
});
export type ResolveFlagInput = z.infer<typeof ResolveFlagInput>;

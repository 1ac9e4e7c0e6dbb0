// The contract of change-claim-status: its input, parsed on the server and typed on the client (client-safe: no database).
import { z } from "zod";
import { Revision } from "../validation/common";
import { CLAIM_STATUSES } from "./claim-status";

export const ChangeClaimStatusInput = z.object({
  status: z.enum(CLAIM_STATUSES, { error: "choose a status the claim may move to" }),
  reason: z.string().trim().max(2000, "must be at most 2000 characters").optional(),
  revision: Revision,
});
export type ChangeClaimStatusInput = z.infer<typeof ChangeClaimStatusInput>;

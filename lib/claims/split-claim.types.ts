// The contract of split-claim: its input, parsed on the server and typed on the client (client-safe: no database).
import { z } from "zod";
import { ClaimRow } from "./claim.types";
import { Revision } from "../validation/common";

export const SplitClaimInput = z.object({
  /** Where to cut, as an offset in the article's current text, strictly inside the claim. */
  at: z.number({ error: "is required" }).int("must be a whole number").min(1, "must be 1 or more"),
  revision: Revision,
  /** The article version the offset was read on; when given, a newer version is a conflict. */
  articleVersion: z.number().int().min(1).optional(),
});
export type SplitClaimInput = z.infer<typeof SplitClaimInput>;

/** The claim, now the first part, and the new claim holding the second. */
export const SplitClaimResponse = z.object({ claim: ClaimRow, created: ClaimRow });

// The contract of merge-claims: its input, parsed on the server and typed on the client (client-safe: no database).
import { z } from "zod";
import { ClaimRow } from "./claim.types";
import { Id, Revision } from "../validation/common";

export const MergeClaimsInput = z.object({
  /** The claims to merge, each with the revision the caller read. The first one is kept; the others merge into it. */
  claims: z
    .array(z.object({ id: Id, revision: Revision }), { error: "must be a list of {id, revision}" })
    .min(2, "name at least two claims to merge")
    .max(20, "merge at most 20 claims at once")
    .refine((list) => new Set(list.map((c) => c.id)).size === list.length, "name each claim once"),
});
export type MergeClaimsInput = z.infer<typeof MergeClaimsInput>;

export const MergeClaimsResponse = z.object({
  claim: ClaimRow,
  absorbedIds: z.array(z.string()),
  moved: z.object({ evidence: z.number(), verdicts: z.number(), comments: z.number(), flags: z.number() }),
  droppedVerdictIds: z.array(z.string()),
});

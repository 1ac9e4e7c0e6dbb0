// The contract of assign-claims: its input and response, parsed on the server and typed on the client (client-safe: no database).
import { z } from "zod";
import { DateInput, Id } from "../validation/common";

export const AssignClaimsInput = z
  .object({
    /** The claims to assign; or `articleId` for every open claim of an article. */
    claimIds: z.array(Id).min(1, "name at least one claim").max(500, "at most 500 claims at once").optional(),
    articleId: Id.optional(),
    /** The reviewer (or editor) to assign; null to unassign. */
    assigneeId: Id.nullable(),
    /** Optional due date; null or absent for none. */
    dueAt: z.union([z.literal(""), z.null(), DateInput]).optional().transform((v) => (v instanceof Date ? v : null)),
  })
  .refine((v) => (v.claimIds ? 1 : 0) + (v.articleId ? 1 : 0) === 1, { message: "name either claimIds or articleId", path: ["claimIds"] });
export type AssignClaimsInput = z.input<typeof AssignClaimsInput>;

export const AssignClaimsResponse = z.object({ assigned: z.number(), claimIds: z.array(z.string()) });

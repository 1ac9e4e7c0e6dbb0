// The contract of create-flag: its input, parsed on the server and typed on the client (client-safe: no database).
import { z } from "zod";
import { Id } from "../validation/common";
import { FLAG_KINDS, FLAG_SEVERITIES } from "./flag-kinds";

export const CreateFlagInput = z
  .object({
    kind: z.enum(FLAG_KINDS, { error: "choose a flag kind" }),
    severity: z.enum(FLAG_SEVERITIES, { error: "choose a severity: low, medium or high" }),
    note: z.string({ error: "is required" }).trim().min(3, "say what is wrong in a few words").max(2000, "must be at most 2000 characters"),
    /** Flag the span of this claim… */
    claimId: Id.optional(),
    /** …or a selected span of the article. */
    start: z.number().int().min(0).optional(),
    end: z.number().int().min(1).optional(),
  })
  .refine((v) => v.claimId !== undefined || (v.start !== undefined && v.end !== undefined), {
    message: "give a claimId or a start and end of the flagged text",
    path: ["claimId"],
  });
export type CreateFlagInput = z.input<typeof CreateFlagInput>;

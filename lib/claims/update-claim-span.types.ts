// The contract of update-claim-span: its input, parsed on the server and typed on the client (client-safe: no database).
import { z } from "zod";
import { Revision } from "../validation/common";

export const UpdateClaimSpanInput = z
  .object({
    start: z.number({ error: "is required" }).int("must be a whole number").min(0, "must be 0 or more"),
    end: z.number({ error: "is required" }).int("must be a whole number").min(1, "must be 1 or more"),
    revision: Revision,
    /** The article version the offsets were read on; when given, a newer version is a conflict. */
    articleVersion: z.number().int().min(1).optional(),
  })
  .refine((v) => v.end > v.start, { message: "must be after start", path: ["end"] });
export type UpdateClaimSpanInput = z.infer<typeof UpdateClaimSpanInput>;

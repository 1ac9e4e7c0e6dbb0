// The contract of create-claim: its input, parsed on the server and typed on the client (client-safe: no database).
import { z } from "zod";

export const CreateClaimInput = z
  .object({
    start: z.number({ error: "is required" }).int().min(0),
    end: z.number({ error: "is required" }).int().min(1),
  })
  .refine((v) => v.end > v.start, { message: "must be after start", path: ["end"] });
export type CreateClaimInput = z.infer<typeof CreateClaimInput>;

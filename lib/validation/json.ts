import { z } from "zod";

/**
 * A date in a JSON contract: a Date on the server (what Prisma returns), an ISO string once it has crossed
 * the wire. `z.input` is what the server may hand over, `z.output` what the client holds.
 */
export const JsonDate = z.union([z.date(), z.string()]).transform((v) => (typeof v === "string" ? v : v.toISOString()));



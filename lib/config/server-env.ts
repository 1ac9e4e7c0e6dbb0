import { z } from "zod";

const ServerEnv = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
    .optional(),
  NEXTAUTH_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  NEXTAUTH_URL: z.string().url("must be a URL such as http://localhost:3000").optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  FACTDESK_DATA_DIR: z.string().min(1).default(".data"),
  FACTDESK_SEED: z.enum(["true", "false"], { error: "must be true or false" }).default("true"),
  NODE_ENV: z.string().optional(),
});
export type ServerEnv = z.infer<typeof ServerEnv>;

/** The environment of `npm start`, validated: a bad value stops start-up with the variable's name. */
export function parseServerEnv(env: NodeJS.ProcessEnv = process.env): ServerEnv {
  const blankToUndefined = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === "" ? undefined : v]));
  const parsed = ServerEnv.safeParse(blankToUndefined);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

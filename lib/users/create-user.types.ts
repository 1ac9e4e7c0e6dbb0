import { z } from "zod";
import { RoleInput } from "./users.types";

export const CreateUserInput = z.object({
  email: z.string({ error: "is required" }).trim().toLowerCase().max(200, "is too long").email("must be an email address"),
  name: z.string({ error: "is required" }).trim().min(1, "is required").max(120, "must be at most 120 characters"),
  role: RoleInput,
});
export type CreateUserInput = z.input<typeof CreateUserInput>;

import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 12;

export const ChangeOwnPasswordInput = z
  .object({
    currentPassword: z.string({ error: "is required" }).min(1, "enter your current password").max(200, "is too long"),
    newPassword: z
      .string({ error: "is required" })
      .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
      .max(200, "must be at most 200 characters"),
  })
  .refine((input) => input.newPassword !== input.currentPassword, { path: ["newPassword"], message: "must differ from the current password" });
export type ChangeOwnPasswordInput = z.input<typeof ChangeOwnPasswordInput>;

// The contract of the admin's organisation form (client-safe: no database).
import { z } from "zod";
import { HttpUrl } from "../validation/common";

export const UpdateOrganisationSettingsInput = z.object({
  name: z.string({ error: "is required" }).trim().min(1, "is required").max(120, "must be at most 120 characters"),
  url: HttpUrl,
  logoText: z.string({ error: "is required" }).trim().min(1, "is required").max(40, "must be at most 40 characters"),
  reportsNameReviewers: z.boolean({ error: "must be true or false" }),
  twoPersonRule: z.boolean({ error: "must be true or false" }),
  publishRequiresEvidence: z.boolean({ error: "must be true or false" }),
});
export type UpdateOrganisationSettingsInput = z.input<typeof UpdateOrganisationSettingsInput>;

export const OrganisationSettingsResponse = z.object({ organisation: UpdateOrganisationSettingsInput });

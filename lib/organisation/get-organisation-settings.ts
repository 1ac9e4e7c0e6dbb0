import "server-only";
import { z } from "zod";
import { getDb, type Db, type Tx } from "../db/client";

export const OrganisationSettings = z.object({
  name: z.string(),
  url: z.string(),
  logoText: z.string(),
  reportsNameReviewers: z.boolean(),
  twoPersonRule: z.boolean(),
  publishRequiresEvidence: z.boolean(),
});
export type OrganisationSettings = z.infer<typeof OrganisationSettings>;

/** What an organisation that never saved its settings gets (the column defaults of the Organisation row). */
export const DEFAULT_ORGANISATION_SETTINGS: OrganisationSettings = {
  name: "Factdesk",
  url: "https://factdesk.example",
  logoText: "Factdesk",
  reportsNameReviewers: false,
  twoPersonRule: true,
  publishRequiresEvidence: true,
};

/** The organisation's settings (one row, id "default"); the defaults until an admin saves them. Reads only. */
export async function getOrganisationSettings(db: Db | Tx = getDb()): Promise<OrganisationSettings> {
  const row = await db.organisation.findUnique({ where: { id: "default" } });
  if (!row) return DEFAULT_ORGANISATION_SETTINGS;
  return OrganisationSettings.parse(row);
}

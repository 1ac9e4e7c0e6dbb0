import "server-only";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import { getOrganisationSettings, type OrganisationSettings } from "./get-organisation-settings";
import { UpdateOrganisationSettingsInput } from "./update-organisation-settings.types";
export { UpdateOrganisationSettingsInput };

/**
 * An admin saves the organisation's settings (the one row, id "default"): the name, URL and logo text of
 * reports and ClaimReview, whether reports name reviewers, the two-person rule and the evidence requirement.
 */
export async function updateOrganisationSettings(actor: Actor, input: UpdateOrganisationSettingsInput): Promise<OrganisationSettings> {
  assertCan(actor, "organisation.manage");
  const data = UpdateOrganisationSettingsInput.parse(input);
  return getDb().$transaction(async (tx) => {
    // The row may not exist yet: create it with the defaults, then lock it for the change.
    await tx.organisation.upsert({ where: { id: "default" }, create: { id: "default" }, update: {} });
    await tx.$queryRaw`SELECT "id" FROM "Organisation" WHERE "id" = 'default' FOR UPDATE`;
    const before = await getOrganisationSettings(tx);
    if (JSON.stringify(before) !== JSON.stringify({ ...before, ...data })) {
      await tx.organisation.update({ where: { id: "default" }, data });
      await recordAudit(tx, actor.id, { action: "organisation.update", entityId: "default", before, after: data });
    }
    return getOrganisationSettings(tx);
  });
}

import { apiRoute } from "@/lib/http/api-route";
import { getOrganisationSettings } from "@/lib/organisation/get-organisation-settings";
import { updateOrganisationSettings, UpdateOrganisationSettingsInput } from "@/lib/organisation/update-organisation-settings";
import { OrganisationSettingsResponse } from "@/lib/organisation/update-organisation-settings.types";

export const GET = apiRoute({ permission: "organisation.manage", response: OrganisationSettingsResponse }, async () => ({ organisation: await getOrganisationSettings() }));

export const PATCH = apiRoute({ permission: "organisation.manage", body: UpdateOrganisationSettingsInput, response: OrganisationSettingsResponse }, async ({ actor, body }) => ({
  organisation: await updateOrganisationSettings(actor, body),
}));

import { apiRoute } from "@/lib/http/api-route";
import { IdParams } from "@/lib/http/params";
import { resolveFlag, ResolveFlagInput } from "@/lib/flags/resolve-flag";

export const PATCH = apiRoute({ permission: "flag.resolve", params: IdParams, body: ResolveFlagInput }, async ({ actor, params, body }) => ({
  flag: await resolveFlag(actor, params.id, body),
}));

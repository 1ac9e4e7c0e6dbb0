import { apiRoute } from "@/lib/http/api-route";
import { FlagResponse } from "@/lib/flags/flag.types";
import { IdParams } from "@/lib/http/params";
import { resolveFlag, ResolveFlagInput } from "@/lib/flags/resolve-flag";

export const PATCH = apiRoute({ permission: "flag.resolve", params: IdParams, body: ResolveFlagInput, response: FlagResponse }, async ({ actor, params, body }) => ({
  flag: await resolveFlag(actor, params.id, body),
}));

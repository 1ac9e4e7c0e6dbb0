import { apiRoute } from "@/lib/http/api-route";
import { FlagResponse } from "@/lib/flags/flag.types";
import { IdParams } from "@/lib/http/params";
import { createFlag, CreateFlagInput } from "@/lib/flags/create-flag";

export const POST = apiRoute({ permission: "flag.create", params: IdParams, body: CreateFlagInput, response: FlagResponse, status: 201 }, async ({ actor, params, body }) => ({ flag: await createFlag(actor, params.id, body) }));

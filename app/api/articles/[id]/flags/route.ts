import { apiRoute } from "@/lib/http/api-route";
import { IdParams } from "@/lib/http/params";
import { createFlag, CreateFlagInput } from "@/lib/flags/create-flag";

export const POST = apiRoute({ permission: "flag.create", params: IdParams, body: CreateFlagInput }, async ({ actor, params, body }) =>
  Response.json({ flag: await createFlag(actor, params.id, body) }, { status: 201 }),
);

import { apiRoute } from "@/lib/http/api-route";
import { IdParams } from "@/lib/http/params";
import { createClaim, CreateClaimInput } from "@/lib/claims/create-claim";

export const POST = apiRoute({ permission: "claim.create", params: IdParams, body: CreateClaimInput }, async ({ actor, params, body }) =>
  Response.json({ claim: await createClaim(actor, params.id, body) }, { status: 201 }),
);

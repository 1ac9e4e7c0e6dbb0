import { apiRoute } from "@/lib/http/api-route";
import { ClaimResponse } from "@/lib/claims/claim.types";
import { IdParams } from "@/lib/http/params";
import { takeClaim } from "@/lib/assignments/take-claim";

export const POST = apiRoute({ permission: "claim.take", params: IdParams, response: ClaimResponse }, async ({ actor, params }) => ({ claim: await takeClaim(actor, params.id) }));

import { apiRoute } from "@/lib/http/api-route";
import { ClaimResponse } from "@/lib/claims/claim.types";
import { IdParams } from "@/lib/http/params";
import { updateClaimSpan, UpdateClaimSpanInput } from "@/lib/claims/update-claim-span";

/** Moves a claim to another span of the article's current text: { start, end, revision, articleVersion? }. */
export const PATCH = apiRoute({ permission: "claim.update", params: IdParams, body: UpdateClaimSpanInput, response: ClaimResponse }, async ({ actor, params, body }) => ({
  claim: await updateClaimSpan(actor, params.id, body),
}));

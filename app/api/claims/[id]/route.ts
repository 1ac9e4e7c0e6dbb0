import { apiRoute } from "@/lib/http/api-route";
import { ClaimResponse } from "@/lib/claims/claim.types";
import { ClaimDetailResponse } from "@/lib/claims/get-claim-detail.types";
import { IdParams } from "@/lib/http/params";
import { getClaimDetail } from "@/lib/claims/get-claim-detail";
import { changeClaimStatus, ChangeClaimStatusInput } from "@/lib/claims/change-claim-status";

export const GET = apiRoute({ permission: "article.read", params: IdParams, response: ClaimDetailResponse }, async ({ actor, params }) => ({
  claim: await getClaimDetail(actor, params.id),
}));

// The transition's own permission (publish, send back…) is checked against the table inside changeClaimStatus.
export const PATCH = apiRoute({ permission: "claim.update", params: IdParams, body: ChangeClaimStatusInput, response: ClaimResponse }, async ({ actor, params, body }) => ({
  claim: await changeClaimStatus(actor, params.id, body),
}));

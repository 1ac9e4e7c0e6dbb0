import { apiRoute } from "@/lib/http/api-route";
import { SplitClaimResponse } from "@/lib/claims/split-claim.types";
import { IdParams } from "@/lib/http/params";
import { splitClaim, SplitClaimInput } from "@/lib/claims/split-claim";

/** Cuts a claim in two at an offset of the article's text: { at, revision, articleVersion? }. */
export const POST = apiRoute({ permission: "claim.update", params: IdParams, body: SplitClaimInput, response: SplitClaimResponse, status: 201 }, async ({ actor, params, body }) =>
  splitClaim(actor, params.id, body),
);

import { apiRoute } from "@/lib/http/api-route";
import { ClaimResponse } from "@/lib/claims/claim.types";
import { IdParams } from "@/lib/http/params";
import { createClaim, CreateClaimInput } from "@/lib/claims/create-claim";
import { listArticleClaims, ListArticleClaimsQuery } from "@/lib/claims/list-article-claims";

export const GET = apiRoute({ permission: "article.read", params: IdParams, query: ListArticleClaimsQuery }, async ({ params, query }) =>
  listArticleClaims(params.id, query),
);

export const POST = apiRoute({ permission: "claim.create", params: IdParams, body: CreateClaimInput, response: ClaimResponse, status: 201 }, async ({ actor, params, body }) => ({ claim: await createClaim(actor, params.id, body) }));

import { apiRoute } from "@/lib/http/api-route";
import { MergeClaimsResponse } from "@/lib/claims/merge-claims.types";
import { mergeClaims, MergeClaimsInput } from "@/lib/claims/merge-claims";

/** Merges adjacent claims into the first one named: { claims: [{ id, revision }, …] }. */
export const POST = apiRoute({ permission: "claim.update", body: MergeClaimsInput, response: MergeClaimsResponse }, async ({ actor, body }) => mergeClaims(actor, body));

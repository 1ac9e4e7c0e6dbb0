import { apiRoute } from "@/lib/http/api-route";
import { mergeClaims, MergeClaimsInput } from "@/lib/claims/merge-claims";

/** Merges adjacent claims into the first one named: { claims: [{ id, revision }, …] }. */
export const POST = apiRoute({ permission: "claim.update", body: MergeClaimsInput }, async ({ actor, body }) => mergeClaims(actor, body));

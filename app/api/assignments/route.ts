import { apiRoute } from "@/lib/http/api-route";
import { AssignClaimsResponse } from "@/lib/assignments/assign-claims.types";
import { assignClaims, AssignClaimsInput } from "@/lib/assignments/assign-claims";

export const POST = apiRoute({ permission: "claim.assign", body: AssignClaimsInput, response: AssignClaimsResponse }, async ({ actor, body }) => assignClaims(actor, body));

import { apiRoute } from "@/lib/http/api-route";
import { VerdictResponse } from "@/lib/verdicts/verdict.types";
import { IdParams } from "@/lib/http/params";
import { approveVerdict, ApproveVerdictInput } from "@/lib/verdicts/approve-verdict";

export const POST = apiRoute({ permission: "verdict.approve", params: IdParams, body: ApproveVerdictInput, response: VerdictResponse }, async ({ actor, params, body }) => ({
  verdict: await approveVerdict(actor, params.id, body),
}));

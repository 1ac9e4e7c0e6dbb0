import { apiRoute } from "@/lib/http/api-route";
import { VerdictResponse } from "@/lib/verdicts/verdict.types";
import { IdParams } from "@/lib/http/params";
import { proposeVerdict, ProposeVerdictInput } from "@/lib/verdicts/propose-verdict";

export const POST = apiRoute({ permission: "verdict.propose", params: IdParams, body: ProposeVerdictInput, response: VerdictResponse, status: 201 }, async ({ actor, params, body }) => ({ verdict: await proposeVerdict(actor, params.id, body) }));

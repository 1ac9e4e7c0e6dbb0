import { apiRoute } from "@/lib/http/api-route";
import { IdParams } from "@/lib/http/params";
import { proposeVerdict, ProposeVerdictInput } from "@/lib/verdicts/propose-verdict";

export const POST = apiRoute({ permission: "verdict.propose", params: IdParams, body: ProposeVerdictInput }, async ({ actor, params, body }) =>
  Response.json({ verdict: await proposeVerdict(actor, params.id, body) }, { status: 201 }),
);

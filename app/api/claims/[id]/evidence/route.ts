import { apiRoute } from "@/lib/http/api-route";
import { IdParams } from "@/lib/http/params";
import { addEvidence, AddEvidenceInput } from "@/lib/evidence/add-evidence";

export const POST = apiRoute({ permission: "evidence.add", params: IdParams, body: AddEvidenceInput }, async ({ actor, params, body }) =>
  Response.json({ evidence: await addEvidence(actor, params.id, body) }, { status: 201 }),
);

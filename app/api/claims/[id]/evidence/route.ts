import { apiRoute } from "@/lib/http/api-route";
import { AddEvidenceResponse } from "@/lib/evidence/add-evidence.types";
import { IdParams } from "@/lib/http/params";
import { addEvidence, AddEvidenceInput } from "@/lib/evidence/add-evidence";

export const POST = apiRoute({ permission: "evidence.add", params: IdParams, body: AddEvidenceInput, response: AddEvidenceResponse, status: 201 }, async ({ actor, params, body }) => ({ evidence: await addEvidence(actor, params.id, body) }));

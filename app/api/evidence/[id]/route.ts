import { apiRoute } from "@/lib/http/api-route";
import { IdParams } from "@/lib/http/params";
import { updateEvidence, UpdateEvidenceInput, EvidenceEditResponse } from "@/lib/evidence/update-evidence";
import { deleteEvidence, DeleteEvidenceInput } from "@/lib/evidence/delete-evidence";

export const PATCH = apiRoute({ permission: "evidence.edit_own", params: IdParams, body: UpdateEvidenceInput, response: EvidenceEditResponse }, async ({ actor, params, body }) => ({
  evidence: await updateEvidence(actor, params.id, body),
}));

export const DELETE = apiRoute({ permission: "evidence.edit_own", params: IdParams, body: DeleteEvidenceInput, response: EvidenceEditResponse }, async ({ actor, params, body }) => ({
  evidence: await deleteEvidence(actor, params.id, body),
}));

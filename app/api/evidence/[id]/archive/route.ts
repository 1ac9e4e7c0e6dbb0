import { apiRoute } from "@/lib/http/api-route";
import { IdParams } from "@/lib/http/params";
import { archiveEvidence, ArchiveEvidenceForm, ArchiveEvidenceResponse } from "@/lib/evidence/archive-evidence";
import { getEvidenceArchive } from "@/lib/evidence/get-evidence-archive";

/** An archived copy: pasted `text` or an uploaded `file`, with `capturedAt`, as multipart form data. */
export const POST = apiRoute({ permission: "evidence.edit_own", params: IdParams, form: ArchiveEvidenceForm, response: ArchiveEvidenceResponse, status: 201 }, async ({ actor, params, body }) => {
  const file = body.file ? { name: body.file.name, type: body.file.type, bytes: new Uint8Array(await body.file.arrayBuffer()) } : undefined;
  return { archive: await archiveEvidence(actor, params.id, { text: body.text, capturedAt: body.capturedAt, file }) };
});

/** The archived copy as a download (never rendered by the browser: an uploaded page could carry scripts). */
export const GET = apiRoute({ permission: "article.read", params: IdParams }, async ({ actor, params }) => {
  const archive = await getEvidenceArchive(actor, params.id);
  const body = archive.kind === "file" ? new Uint8Array(archive.content ?? new Uint8Array()) : new TextEncoder().encode(archive.text ?? "");
  const name = (archive.fileName ?? `evidence-${params.id}-archive.txt`).replace(/[^\w.\- ]+/g, "_");
  return new Response(body, {
    headers: {
      "Content-Type": archive.kind === "file" ? "application/octet-stream" : "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "sandbox",
      "X-Archive-SHA256": archive.sha256,
      "X-Archive-Captured-At": archive.capturedAt.toISOString(),
    },
  });
});

import { apiRoute } from "@/lib/http/api-route";
import type { z } from "zod";
import { ImportUploadedFileResponse } from "@/lib/import/import-uploaded-file.types";
import { importUploadedFile, ImportUploadedFileForm } from "@/lib/import/import-uploaded-file";

/** One article file (.txt, .md, .html) as multipart form data, with its metadata fields. */
export const POST = apiRoute({ permission: "article.import", form: ImportUploadedFileForm }, async ({ actor, body }) => {
  const { file, ...metadata } = body;
  const result = await importUploadedFile(actor, {
    fileName: file.name,
    mimeType: file.type,
    bytes: new Uint8Array(await file.arrayBuffer()),
    metadata,
  });
  return Response.json(result satisfies z.input<typeof ImportUploadedFileResponse>, { status: result.outcome === "duplicate" ? 200 : 201 });
});

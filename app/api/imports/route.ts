import { apiRoute } from "@/lib/http/api-route";
import type { z } from "zod";
import { EnqueueBulkImportResponse } from "@/lib/import/enqueue-bulk-import.types";
import { enqueueBulkImport, EnqueueBulkImportForm } from "@/lib/import/enqueue-bulk-import";

/** A bulk file (JSONL or CSV) as multipart form data: queued for the import workers; 202 with the batch. */
export const POST = apiRoute({ permission: "article.import", form: EnqueueBulkImportForm }, async ({ actor, body }) => {
  const batch = await enqueueBulkImport(actor, { fileName: body.file.name, bytes: new Uint8Array(await body.file.arrayBuffer()) });
  return Response.json({ batch } satisfies z.input<typeof EnqueueBulkImportResponse>, { status: 202, headers: { Location: `/api/imports/${batch.id}` } });
});

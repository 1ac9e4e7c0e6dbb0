import { apiRoute } from "@/lib/http/api-route";
import { ImportBatchQuery, ImportBatchResponse } from "@/lib/import/get-import-batch.types";
import { IdParams } from "@/lib/http/params";
import { getImportBatch } from "@/lib/import/get-import-batch";

/** A bulk import's progress and per-row results. */
export const GET = apiRoute({ permission: "article.import", params: IdParams, query: ImportBatchQuery, response: ImportBatchResponse }, async ({ params, query }) => ({
  batch: await getImportBatch(params.id, { rows: query.rows !== "false" }),
}));

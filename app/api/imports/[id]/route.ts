import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route";
import { IdParams } from "@/lib/http/params";
import { getImportBatch } from "@/lib/import/get-import-batch";

const Query = z.object({
  /** `rows=false` for the progress alone (what a progress bar polls). */
  rows: z.enum(["true", "false"], { error: "must be true or false" }).optional(),
});

/** A bulk import's progress and per-row results. */
export const GET = apiRoute({ permission: "article.import", params: IdParams, query: Query }, async ({ params, query }) => ({
  batch: await getImportBatch(params.id, { rows: query.rows !== "false" }),
}));

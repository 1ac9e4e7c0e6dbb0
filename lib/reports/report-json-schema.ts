import { z } from "zod";
import { ArticleReport, REPORT_SCHEMA_VERSION, ReportCollection } from "./report.types";

/**
 * The JSON Schema (draft 2020-12) of the `json` format, from the zod schemas of report.types.ts: an
 * article's report, or a cross-article export's collection of them. Committed as report.schema.json.
 */
export function reportJsonSchema(): Record<string, unknown> {
  const article = z.toJSONSchema(ArticleReport, { target: "draft-2020-12", io: "output" }) as Record<string, unknown>;
  const collection = z.toJSONSchema(ReportCollection, { target: "draft-2020-12", io: "output" }) as Record<string, unknown>;
  delete article.$schema;
  delete collection.$schema;
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `https://factdesk.example/schemas/report-v${REPORT_SCHEMA_VERSION}.json`,
    title: `Factdesk verdict report, schema version ${REPORT_SCHEMA_VERSION}`,
    description: "The `json` format of GET /api/articles/{id}/report (one article's report) and GET /api/reports (a collection of them).",
    oneOf: [{ $ref: "#/$defs/ArticleReport" }, { $ref: "#/$defs/ReportCollection" }],
    $defs: { ArticleReport: article, ReportCollection: collection },
  };
}

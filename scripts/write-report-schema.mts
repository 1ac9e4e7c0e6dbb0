// Writes lib/reports/report.schema.json from the report's zod schemas (a unit test fails when it is stale).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { reportJsonSchema } from "../lib/reports/report-json-schema";

const file = path.resolve(import.meta.dirname, "../lib/reports/report.schema.json");
writeFileSync(file, JSON.stringify(reportJsonSchema(), null, 2) + "\n");
console.log(`wrote ${path.relative(process.cwd(), file)}`);

import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { NotFoundError } from "../errors";
import { buildArticleReports, type LoadedReport, type ReportContext } from "./build-article-reports";
import type { ReportKind } from "./report.types";

/** Who may have which kind: everyone who may export gets the published report; the working one needs `report.export_working`. */
export function assertCanExport(actor: Actor, kind: ReportKind): void {
  assertCan(actor, "report.export");
  if (kind === "working") assertCan(actor, "report.export_working");
}

/** One article's report of the kind asked for, refused (403) when the actor may not have that kind. */
export async function buildArticleReport(actor: Actor, articleId: string, context: ReportContext): Promise<LoadedReport> {
  assertCanExport(actor, context.kind);
  const [loaded] = await buildArticleReports([articleId], { reader: actor, ...context });
  if (!loaded) throw new NotFoundError("Article");
  return loaded;
}

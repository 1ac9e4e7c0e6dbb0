import { requirePageActor } from "@/lib/auth/require-page-actor";
import { can } from "@/lib/auth/permissions";
import { listRatings } from "@/lib/ratings/list-ratings";
import { listReportFilters } from "@/lib/reports/list-report-filters";
import { ReportsExport } from "@/components/reports/reports-export";

export const metadata = { title: "Reports" };
export const dynamic = "force-dynamic";

export default async function ReportsPage() {
  const actor = await requirePageActor("report.export", "/reports");
  const desk = can(actor.role, "report.export_working");
  const [ratings, filters] = await Promise.all([listRatings(), listReportFilters({ reviewers: desk })]);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Reports</h1>
          <p>Export the verdict reports of many articles in one file: pick the articles by date, publisher, reviewer, rating or status. Large exports stream as they are written.</p>
        </div>
      </div>
      <ReportsExport canExportWorking={desk} ratings={ratings.map((r) => ({ slug: r.slug, label: r.label }))} publishers={filters.publishers} reviewers={filters.reviewers} />
    </>
  );
}

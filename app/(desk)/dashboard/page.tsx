import type { Actor } from "@/lib/auth/actor";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/claim-status";
import { DashboardQuery, getDashboard } from "@/lib/dashboard/get-dashboard";
import { NotFoundError } from "@/lib/errors";
import { fieldIssues } from "@/lib/http/api-route";
import { FLAG_KIND_LABELS } from "@/lib/flags/flag-kinds";
import { formatDate } from "@/lib/format/format-date";
import { AgreementScopeForm } from "@/components/dashboard/agreement-scope-form";
import { AgreementTable, alphaText } from "@/components/dashboard/agreement-table";
import { BarChart } from "@/components/dashboard/bar-chart";

export const metadata = { title: "Dashboard" };
export const dynamic = "force-dynamic";

function duration(hours: number | null): string {
  if (hours === null) return "—";
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  if (hours < 48) return `${hours.toFixed(1)} h`;
  return `${(hours / 24).toFixed(1)} days`;
}

const SCOPE = ["article", "from", "to"] as const;

/** "in “Port”, last verdicts 2026-10-01 – 2026-10-31": what the agreement figures rest on, in words. */
function scopeText(scope: { article: { title: string } | null; from: string | null; to: string | null }): string {
  const parts = [scope.article && `in “${scope.article.title}”`, (scope.from || scope.to) && `last verdict ${scope.from ?? "…"} – ${scope.to ?? "…"}`];
  return parts.filter(Boolean).join(", ");
}

/** The dashboard with its agreement scoped, or null when the scope's article does not exist. */
async function scopedDashboard(actor: Actor, scope: Partial<DashboardQuery>) {
  try {
    return await getDashboard(actor, { scope });
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("dashboard.read", "/dashboard");
  const raw = await searchParams;
  const values: Record<string, string> = {};
  for (const name of SCOPE) if (typeof raw[name] === "string" && raw[name]) values[name] = raw[name] as string;
  const parsed = DashboardQuery.safeParse(values);
  const scoped = await scopedDashboard(actor, parsed.success ? parsed.data : {});
  const problem = parsed.success ? (scoped ? null : { field: "article", message: "is not an article of the desk" }) : fieldIssues(parsed.error, "query")[0]!;
  const d = scoped ?? (await getDashboard(actor));
  const { nominal, ordinal } = d.agreement;
  const scopeWords = scopeText(d.agreement.scope);
  // The articles with claims rated twice in these days, and the chosen one even when it has none.
  const chosen = d.agreement.scope.article;
  const articleChoices = [...(chosen && !d.agreement.byArticle.some((a) => a.article.id === chosen.id) ? [chosen] : []), ...d.agreement.byArticle.map((a) => a.article)];
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Dashboard</h1>
          <p>The desk at a glance: where the claims are, what was published, how far reviewers agree and who carries what.</p>
        </div>
      </div>
      <AgreementScopeForm values={values} articles={articleChoices} />
      {problem && (
        <div className="form-error" role="alert">
          {problem.field}: {problem.message}
        </div>
      )}
      <div className="dashboard-figures">
        <div className="card dashboard-figure">
          <span className="dashboard-figure-value" data-testid="median-time-to-publish">
            {duration(d.timeToPublish.medianHours)}
          </span>
          <span className="muted small">median time from import to published ({d.timeToPublish.claims} claims)</span>
        </div>
        <div className="card dashboard-figure">
          <span className="dashboard-figure-value" data-testid="alpha-ordinal">
            {alphaText(ordinal.alpha)}
          </span>
          <span className="muted small">
            Krippendorff’s alpha, ordinal on the rating scale ({ordinal.claims} claims rated by two or more{scopeWords && `, ${scopeWords}`})
          </span>
        </div>
        <div className="card dashboard-figure">
          <span className="dashboard-figure-value" data-testid="alpha-nominal">
            {alphaText(nominal.alpha)}
          </span>
          <span className="muted small">
            Krippendorff’s alpha, nominal ({nominal.claims} claims{scopeWords && `, ${scopeWords}`})
          </span>
        </div>
      </div>
      <div className="dashboard-grid">
        <section className="card dashboard-card" aria-label="Claims by status">
          <BarChart title="Claims by status" columns={["Status", "Claims"]} rows={d.claimsByStatus.map((s) => ({ label: CLAIM_STATUS_LABELS[s.status], value: s.count }))} />
        </section>
        <section className="card dashboard-card" aria-label="Published verdicts by rating">
          <BarChart
            title="Published verdicts by rating"
            caption="Verdicts by rating"
            columns={["Rating", "Published verdicts", "All verdicts"]}
            rows={d.verdictsByRating.map((r) => ({ label: r.label, value: r.published, color: r.color, cells: [r.published, r.verdicts] }))}
          />
        </section>
        <section className="card dashboard-card" aria-label="Claims published per week">
          <BarChart title="Claims published per week" columns={["Week of", "Published"]} rows={d.publishedPerWeek.map((w) => ({ label: `week of ${formatDate(w.week)}`, value: w.count }))} />
        </section>
        <section className="card dashboard-card" aria-label="Flags by kind">
          <BarChart
            title="Open flags by kind"
            caption="Flags by kind"
            columns={["Kind", "Open", "Closed"]}
            rows={d.flagsByKind.map((f) => ({ label: FLAG_KIND_LABELS[f.kind], value: f.open, color: "#c4661f", cells: [f.open, f.closed] }))}
          />
        </section>
        <section className="card dashboard-card" aria-label="Agreement over time">
          <BarChart
            title="Agreement by month (ordinal alpha)"
            columns={["Month", "Alpha"]}
            max={1}
            format={(v) => v.toFixed(2)}
            rows={d.agreement.byMonth.map((m) => ({ label: `${m.month} (${m.ordinal.claims} claims)`, value: m.ordinal.alpha, color: "#3b74ea" }))}
          />
        </section>
      </div>
      <section className="card dashboard-people" aria-labelledby="people-heading">
        <h2 id="people-heading" className="dashboard-heading">
          People
        </h2>
        <div className="table-scroll">
          <table className="table" data-testid="reviewer-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col" className="num">
                  Verdicts given
                </th>
                <th scope="col" className="num">
                  Published
                </th>
                <th scope="col" className="num">
                  Open claims assigned
                </th>
              </tr>
            </thead>
            <tbody>
              {d.reviewers.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.name}</th>
                  <td>{r.role}</td>
                  <td className="num">{r.verdicts}</td>
                  <td className="num">{r.published}</td>
                  <td className="num">{r.assigned}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="card dashboard-people" aria-labelledby="pairs-heading">
        <h2 id="pairs-heading" className="dashboard-heading">
          Agreement by reviewer pair
        </h2>
        {d.agreement.byPair.length === 0 ? (
          <div className="empty">No claim {scopeWords ? "in this scope " : ""}has been rated by two reviewers yet.</div>
        ) : (
          <AgreementTable
            testId="pair-table"
            heading="Reviewers"
            countHeading="Claims both rated"
            rows={d.agreement.byPair.map((p) => ({ key: p.reviewers.map((r) => r.id).join(" "), label: p.reviewers.map((r) => r.name).join(" & "), claims: p.nominal.claims, nominal: p.nominal.alpha, ordinal: p.ordinal.alpha }))}
          />
        )}
      </section>
      <section className="card dashboard-people" aria-labelledby="articles-heading">
        <h2 id="articles-heading" className="dashboard-heading">
          Agreement by article
        </h2>
        {d.agreement.byArticle.length === 0 ? (
          <div className="empty">No article has a claim rated by two reviewers {values.from || values.to ? "in these days" : "yet"}.</div>
        ) : (
          <AgreementTable
            testId="article-agreement-table"
            heading="Article"
            countHeading="Claims rated by two or more"
            rows={d.agreement.byArticle.map((a) => ({
              key: a.article.id,
              label: <a href={`/dashboard?${new URLSearchParams({ ...values, article: a.article.id })}`}>{a.article.title}</a>,
              claims: a.nominal.claims,
              nominal: a.nominal.alpha,
              ordinal: a.ordinal.alpha,
            }))}
          />
        )}
      </section>
    </>
  );
}

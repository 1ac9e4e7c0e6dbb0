import { requirePageActor } from "@/lib/auth/require-page-actor";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/claim-status";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { FLAG_KIND_LABELS } from "@/lib/flags/flag-kinds";
import { formatDate } from "@/lib/format/format-date";
import { BarChart } from "@/components/dashboard/bar-chart";

export const metadata = { title: "Dashboard" };
export const dynamic = "force-dynamic";

const alphaText = (alpha: number | null) => (alpha === null ? "—" : alpha.toFixed(3));
function duration(hours: number | null): string {
  if (hours === null) return "—";
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  if (hours < 48) return `${hours.toFixed(1)} h`;
  return `${(hours / 24).toFixed(1)} days`;
}

export default async function DashboardPage() {
  const actor = await requirePageActor("dashboard.read", "/dashboard");
  const d = await getDashboard(actor);
  const { nominal, ordinal } = d.agreement;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Dashboard</h1>
          <p>The desk at a glance: where the claims are, what was published, how far reviewers agree and who carries what.</p>
        </div>
      </div>
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
          <span className="muted small">Krippendorff’s alpha, ordinal on the rating scale ({ordinal.claims} claims rated by two or more)</span>
        </div>
        <div className="card dashboard-figure">
          <span className="dashboard-figure-value" data-testid="alpha-nominal">
            {alphaText(nominal.alpha)}
          </span>
          <span className="muted small">Krippendorff’s alpha, nominal ({nominal.claims} claims)</span>
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
          <div className="empty">No claim has been rated by two reviewers yet.</div>
        ) : (
          <div className="table-scroll">
            <table className="table" data-testid="pair-table">
              <thead>
                <tr>
                  <th scope="col">Reviewers</th>
                  <th scope="col" className="num">
                    Claims both rated
                  </th>
                  <th scope="col" className="num">
                    Alpha, nominal
                  </th>
                  <th scope="col" className="num">
                    Alpha, ordinal
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.agreement.byPair.map((p) => (
                  <tr key={p.reviewers.map((r) => r.id).join(" ")}>
                    <th scope="row">{p.reviewers.map((r) => r.name).join(" & ")}</th>
                    <td className="num">{p.nominal.claims}</td>
                    <td className="num">{alphaText(p.nominal.alpha)}</td>
                    <td className="num">{alphaText(p.ordinal.alpha)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

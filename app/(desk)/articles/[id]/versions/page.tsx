import type { Metadata } from "next";
import { orNotFound } from "@/lib/http/or-not-found";
import Link from "next/link";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { getActor } from "@/lib/auth/get-actor";
import { getArticleVersions } from "@/lib/articles/get-article-versions";
import { compareArticleVersions } from "@/lib/articles/compare-article-versions";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/claim-status";
import { FLAG_KIND_LABELS } from "@/lib/flags/flag-kinds";
import { formatDateTime } from "@/lib/format/format-date";
import { VersionDiff } from "@/components/versions/version-diff";
import { ReanchorSummary } from "@/components/versions/reanchor-summary";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const VersionParam = z.coerce.number().int().min(1).optional().catch(undefined);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Nothing about an article reaches a signed-out visitor, not even its title in the redirect's <title>.
  if (!(await getActor())) return { title: "Versions" };
  const { id } = await params;
  const data = await getArticleVersions(id).catch(() => null);
  return { title: data ? `Versions · ${data.article.title}` : "Versions" };
}

export default async function VersionsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  await requirePageActor("article.read", `/articles/${id}/versions`);
  const { article, versions, attention } = await orNotFound(getArticleVersions(id));
  const numbers = new Set(versions.map((v) => v.number));
  const current = article.versionNumber;
  const pick = (raw: unknown, fallback: number) => {
    const n = VersionParam.parse(raw);
    return n !== undefined && numbers.has(n) ? n : fallback;
  };
  const to = pick(query.to, current);
  const from = pick(query.from, Math.max(1, to - 1));
  const full = query.full === "1";
  const comparison = versions.length > 1 && from !== to ? await compareArticleVersions(id, { from, to }) : null;
  // The re-anchoring steps between the two versions (a step happens as each later version comes in).
  const steps = versions.filter((v) => v.number > Math.min(from, to) && v.number <= Math.max(from, to)).sort((a, b) => a.number - b.number);
  const href = (f: number, t: number, wantFull = full) => `/articles/${encodeURIComponent(id)}/versions?from=${f}&to=${t}${wantFull ? "&full=1" : ""}`;
  const workspace = `/articles/${encodeURIComponent(id)}`;

  return (
    <>
      <div className="page-head">
        <div>
          <p className="small" style={{ margin: 0 }}>
            <Link href={workspace}>← Back to the article</Link>
          </p>
          <h1 style={{ marginTop: 4 }}>Versions of “{article.title}”</h1>
          <p>
            {versions.length === 1 ? "1 version" : `${versions.length} versions`}; the current one is v{current}.
          </p>
        </div>
      </div>

      <div className="versions-layout">
        <section className="card" aria-label="Changes">
          <form className="versions-compare" method="get" action={`/articles/${id}/versions`}>
            <label className="small" htmlFor="from">
              Compare
            </label>
            <select id="from" name="from" defaultValue={from}>
              {versions.map((v) => (
                <option key={v.number} value={v.number}>
                  v{v.number}
                </option>
              ))}
            </select>
            <span aria-hidden>→</span>
            <label className="visually-hidden" htmlFor="to">
              with
            </label>
            <select id="to" name="to" defaultValue={to}>
              {versions.map((v) => (
                <option key={v.number} value={v.number}>
                  v{v.number}
                  {v.number === current ? " (current)" : ""}
                </option>
              ))}
            </select>
            <button type="submit" className="btn btn-sm btn-primary">
              Compare
            </button>
            <span className="spacer" />
            {comparison && (
              <Link className="small" href={href(from, to, !full)}>
                {full ? "Fold unchanged text" : "Show the whole text"}
              </Link>
            )}
          </form>
          {versions.length === 1 ? (
            <div className="empty">This article has one version so far. Import a changed text as a new version to compare.</div>
          ) : !comparison ? (
            <div className="empty">Pick two different versions to compare.</div>
          ) : (
            <>
              <div className="diff-head" data-testid="diff-summary">
                <h2>
                  v{comparison.from.number} → v{comparison.to.number}
                </h2>
                <span className="diff-stat diff-stat-ins">+{comparison.stats.wordsInserted.toLocaleString("en")} words</span>
                <span className="diff-stat diff-stat-del">−{comparison.stats.wordsDeleted.toLocaleString("en")} words</span>
                <span className="small muted">
                  {comparison.stats.insertions + comparison.stats.deletions === 0
                    ? "no changes"
                    : `${comparison.stats.insertions} insertions, ${comparison.stats.deletions} deletions`}
                </span>
                <span className="spacer" />
                <span className="diff-legend small">
                  <ins className="diff-ins">added</ins> <del className="diff-del">removed</del>
                </span>
              </div>
              <VersionDiff changes={comparison.changes} full={full} />
            </>
          )}
        </section>

        <aside className="stack" style={{ gap: 16 }}>
          <section className="card" aria-label="Versions list">
            <h3 className="versions-card-title">Versions</h3>
            <ul className="versions-list">
              {versions.map((v) => (
                <li key={v.number} data-testid="version-row" aria-current={v.number === to || v.number === from ? "true" : undefined}>
                  <div className="row-wrap">
                    <strong>v{v.number}</strong>
                    {v.number === current && <span className="badge badge-status-new">current</span>}
                    <span className="small muted">{formatDateTime(v.createdAt)}</span>
                  </div>
                  <div className="small muted">
                    {v.createdBy ? `by ${v.createdBy} · ` : ""}
                    {v.length.toLocaleString("en")} characters ·{" "}
                    <span className="mono" title={`SHA-256 ${v.sha256}`}>
                      {v.sha256.slice(0, 12)}…
                    </span>
                  </div>
                  <div style={{ marginTop: 6 }}>
                    {v.reanchored ? <ReanchorSummary summary={v.reanchored} compact /> : <span className="small muted">First version: claims anchored as imported.</span>}
                  </div>
                  {v.number > 1 && (
                    <Link className="small" href={href(v.number - 1, v.number)}>
                      Changes from v{v.number - 1} →
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          </section>

          {steps.some((s) => s.reanchored) && (
            <section className="card" aria-label="Re-anchoring">
              <h3 className="versions-card-title">Re-anchoring of claims and flags</h3>
              <div className="stack" style={{ padding: "0 16px 14px" }} data-testid="reanchor-summary">
                {steps.map((s) =>
                  s.reanchored ? (
                    <div key={s.number}>
                      <div className="small muted" style={{ marginBottom: 4 }}>
                        When v{s.number} came in
                        {s.claimsProposed ? ` (${s.claimsProposed} new claims proposed)` : ""}
                      </div>
                      <ReanchorSummary summary={s.reanchored} />
                    </div>
                  ) : null,
                )}
              </div>
            </section>
          )}

          <section className="card" aria-label="Needs a look">
            <h3 className="versions-card-title">Needs a look now</h3>
            {attention.claims.length + attention.flags.length === 0 ? (
              <div className="empty">Every claim and flag is anchored in the current text.</div>
            ) : (
              <ul className="claim-list" data-testid="attention-list">
                {attention.claims.map((c) => (
                  <li key={c.id}>
                    <Link className="attention-item" href={`${workspace}?claim=${encodeURIComponent(c.id)}`}>
                      <div className="row-wrap" style={{ marginBottom: 4 }}>
                        <span className="small muted">Claim</span>
                        <span className={`badge badge-status-${c.status}`}>{CLAIM_STATUS_LABELS[c.status]}</span>
                        {c.anchorState === "orphaned" ? <span className="badge badge-gone">text gone</span> : <span className="badge badge-check">check the span</span>}
                      </div>
                      <span className="claim-text">“{c.exact}”</span>
                    </Link>
                  </li>
                ))}
                {attention.flags.map((f) => (
                  <li key={f.id}>
                    <Link className="attention-item" href={workspace}>
                      <div className="row-wrap" style={{ marginBottom: 4 }}>
                        <span className="small muted">Flag</span>
                        <strong className="small">{FLAG_KIND_LABELS[f.kind]}</strong>
                        {f.anchorState === "orphaned" ? <span className="badge badge-gone">text gone</span> : <span className="badge badge-check">check the span</span>}
                      </div>
                      <span className="claim-text">“{f.exact}”</span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
    </>
  );
}

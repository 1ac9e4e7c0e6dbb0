import Link from "next/link";
import type { VersionSummary } from "@/lib/articles/get-article-versions";
import { countOf } from "@/lib/format/count";
import { formatDateTime } from "@/lib/format/format-date";
import { ReanchorSummary } from "./reanchor-summary";

/** Every version of the article, newest first, each with how re-anchoring went and a link to its changes. */
export function VersionsList({ versions, current, from, to, changesHref }: { versions: VersionSummary[]; current: number; from: number; to: number; changesHref(from: number, to: number): string }) {
  return (
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
              {countOf(v.length, { one: "character", other: "characters" })} ·{" "}
              <span className="mono" title={`SHA-256 ${v.sha256}`}>
                {v.sha256.slice(0, 12)}…
              </span>
            </div>
            <div className="versions-list-reanchor">
              {v.reanchored ? <ReanchorSummary summary={v.reanchored} compact /> : <span className="small muted">First version: claims anchored as imported.</span>}
            </div>
            {v.number > 1 && (
              <Link className="small" href={changesHref(v.number - 1, v.number)}>
                Changes from v{v.number - 1} →
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

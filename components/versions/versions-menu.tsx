import Link from "next/link";
import { formatDateTime } from "@/lib/format/format-date";
import { countOf } from "@/lib/format/count";
import { buttonClasses } from "@/components/ui/button";

export interface VersionItem {
  number: number;
  sha256: string;
  createdAt: string;
}

/** The article's versions in a drop-down: each with its date and hash, and a link to what changed. */
export function VersionsMenu({ articleId, versions, current }: { articleId: string; versions: VersionItem[]; current: number }) {
  const page = (from: number, to: number) => `/articles/${encodeURIComponent(articleId)}/versions?from=${from}&to=${to}`;
  const sorted = [...versions].sort((a, b) => b.number - a.number);
  return (
    <details className="versions-menu">
      <summary className={buttonClasses({ size: "sm" })} data-testid="versions-button">
        {countOf(versions.length, { one: "version", other: "versions" })} ▾
      </summary>
      <div className="versions-pop" role="menu" aria-label="Versions">
        <ul>
          {sorted.map((v) => (
            <li key={v.number}>
              <span className="versions-num">v{v.number}</span>
              <span className="versions-when">
                <span className="small">{formatDateTime(v.createdAt)}</span>
                <span className="mono muted" title={`SHA-256 ${v.sha256}`}>
                  sha256 {v.sha256.slice(0, 12)}…
                </span>
              </span>
              {v.number === current ? (
                v.number > 1 ? (
                  <Link role="menuitem" className="small" href={page(v.number - 1, v.number)}>
                    changes from v{v.number - 1}
                  </Link>
                ) : (
                  <span className="small muted">current</span>
                )
              ) : (
                <Link role="menuitem" className="small" href={page(v.number, current)}>
                  compare v{v.number} → v{current}
                </Link>
              )}
            </li>
          ))}
        </ul>
        {versions.length > 1 && (
          <Link role="menuitem" className={buttonClasses({ size: "sm", className: "versions-all" })} href={page(Math.min(...versions.map((v) => v.number)), current)}>
            Compare versions…
          </Link>
        )}
      </div>
    </details>
  );
}

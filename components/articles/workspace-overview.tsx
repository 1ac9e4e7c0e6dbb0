"use client";

import { useState } from "react";
import type { WorkspaceClaim, WorkspaceFlag } from "@/lib/articles/to-workspace-view";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/claim-status";
import { FLAG_KIND_LABELS } from "@/lib/flags/flag-kinds";
import { FLAG_STYLE } from "@/components/flags/flag-style";

/** The panel when nothing is selected: every claim and flag of the article, in reading order. */
export function WorkspaceOverview({
  claims,
  flags,
  onSelectClaim,
  onSelectFlag,
}: {
  claims: WorkspaceClaim[];
  flags: WorkspaceFlag[];
  onSelectClaim(id: string): void;
  onSelectFlag(id: string): void;
}) {
  const [tab, setTab] = useState<"claims" | "flags">("claims");
  return (
    <>
      <div className="tabs" role="tablist">
        <button role="tab" aria-selected={tab === "claims"} onClick={() => setTab("claims")}>
          Claims <span className="count">{claims.length}</span>
        </button>
        <button role="tab" aria-selected={tab === "flags"} onClick={() => setTab("flags")}>
          Flags <span className="count">{flags.length}</span>
        </button>
      </div>
      {tab === "claims" ? (
        claims.length === 0 ? (
          <div className="empty">No claims yet. Select text in the article to make one.</div>
        ) : (
          <ul className="claim-list" aria-label="Claims">
            {claims.map((c) => (
              <li key={c.id}>
                <button onClick={() => onSelectClaim(c.id)} data-testid="claim-list-item">
                  <div className="row-wrap" style={{ marginBottom: 4 }}>
                    <span className={`badge badge-status-${c.status}`}>{CLAIM_STATUS_LABELS[c.status]}</span>
                    {c.finalRating && (
                      <span className="rating-pill" style={{ background: c.finalRating.color }}>
                        {c.finalRating.label}
                      </span>
                    )}
                    {c.anchorState === "orphaned" && <span className="badge badge-status-dismissed">Text gone</span>}
                    {c.score !== null && <span className="small muted">score {c.score.toFixed(2)}</span>}
                  </div>
                  <span className="claim-text">{c.text}</span>
                </button>
              </li>
            ))}
          </ul>
        )
      ) : flags.length === 0 ? (
        <div className="empty">No flags.</div>
      ) : (
        <ul className="claim-list" aria-label="Flags">
          {flags.map((f) => (
            <li key={f.id}>
              <button onClick={() => onSelectFlag(f.id)}>
                <div className="row-wrap" style={{ marginBottom: 4 }}>
                  <span className="flag-pin" style={{ background: FLAG_STYLE[f.kind].color }} aria-hidden>
                    {FLAG_STYLE[f.kind].glyph}
                  </span>
                  <strong className="small">{FLAG_KIND_LABELS[f.kind]}</strong>
                  <span className="badge">{f.severity}</span>
                  <span className={`badge ${f.status === "confirmed" ? "badge-status-published" : f.status === "dismissed" ? "badge-status-dismissed" : "badge-status-in_review"}`}>{f.status}</span>
                </div>
                <span className="claim-text small">“{f.exact}”</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

"use client";

import type { WorkspaceClaim, WorkspaceFlag } from "@/lib/articles/to-workspace-view";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/claim-status";
import type { FlagFilter } from "@/components/flags/flag-filter";
import { FlagList } from "@/components/flags/flag-list";
import type { RatingView } from "@/lib/ratings/list-ratings.types";
import { ArticleSummary } from "./article-summary";

export type OverviewTab = "claims" | "flags" | "summary";

/** The panel when nothing is selected: every claim of the article, and its flags with filters, in reading order. */
export function WorkspaceOverview({
  claims,
  flags,
  ratings,
  tab,
  onTabChange,
  flagFilter,
  onFlagFilterChange,
  onSelectClaim,
  onSelectFlag,
}: {
  claims: WorkspaceClaim[];
  flags: WorkspaceFlag[];
  ratings: RatingView[];
  /** The open tab; kept by the workspace so closing a flag comes back to the list as it was. */
  tab: OverviewTab;
  onTabChange(tab: OverviewTab): void;
  flagFilter: FlagFilter;
  onFlagFilterChange(next: FlagFilter): void;
  onSelectClaim(id: string): void;
  onSelectFlag(id: string): void;
}) {
  const openFlags = flags.filter((f) => f.status === "open").length;
  return (
    <>
      <div className="tabs" role="tablist" aria-label="Overview">
        <button role="tab" id="overview-tab-claims" aria-controls="overview-panel" aria-selected={tab === "claims"} onClick={() => onTabChange("claims")}>
          Claims <span className="count">{claims.length}</span>
        </button>
        <button role="tab" id="overview-tab-flags" aria-controls="overview-panel" aria-selected={tab === "flags"} onClick={() => onTabChange("flags")}>
          Flags{" "}
          <span className="count" title={`${openFlags} open of ${flags.length}`}>
            {openFlags}
            {openFlags !== flags.length && <span className="muted">/{flags.length}</span>}
          </span>
        </button>
        <button role="tab" id="overview-tab-summary" aria-controls="overview-panel" aria-selected={tab === "summary"} onClick={() => onTabChange("summary")}>
          Summary
        </button>
      </div>
      <div id="overview-panel" role="tabpanel" aria-labelledby={`overview-tab-${tab}`}>
        {tab === "summary" ? (
          <ArticleSummary claims={claims} flags={flags} ratings={ratings} />
        ) : tab === "claims" ? (
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
                      {c.anchorState === "fuzzy" && (
                        <span className="badge badge-status-in_review" title="Found again after the text changed; check the span">
                          check the span
                        </span>
                      )}
                      {c.score !== null && <span className="small muted">score {c.score.toFixed(2)}</span>}
                    </div>
                    <span className="claim-text">{c.text}</span>
                  </button>
                </li>
              ))}
            </ul>
          )
        ) : (
          <FlagList flags={flags} filter={flagFilter} onFilterChange={onFlagFilterChange} onSelectFlag={onSelectFlag} />
        )}
      </div>
    </>
  );
}

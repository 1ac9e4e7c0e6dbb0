"use client";

import type { WorkspaceClaim, WorkspaceFlag } from "@/lib/articles/to-workspace-view";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/claim-status";
import type { FlagFilter } from "@/components/flags/flag-filter";
import { FlagList } from "@/components/flags/flag-list";
import type { RatingView } from "@/lib/ratings/list-ratings.types";
import { ArticleSummary } from "./article-summary";
import { Tabs } from "@/components/ui/tabs";
import { RatingPill } from "@/components/ui/rating-pill";

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
    <Tabs<OverviewTab>
      id="overview"
      label="Overview"
      selected={tab}
      onSelect={onTabChange}
      items={[
        {
          key: "claims",
          label: (
            <>
              Claims <span className="count">{claims.length}</span>
            </>
          ),
        },
        {
          key: "flags",
          label: (
            <>
              Flags{" "}
              <span className="count" title={`${openFlags} open of ${flags.length}`}>
                {openFlags}
                {openFlags !== flags.length && <span className="muted">/{flags.length}</span>}
              </span>
            </>
          ),
        },
        { key: "summary", label: "Summary" },
      ]}
    >
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
                      <RatingPill rating={c.finalRating} />
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
    </Tabs>
  );
}

"use client";

import { useCallback, useState, type RefObject } from "react";
import type { ReaderHandle } from "@/components/articles/reader-handle";
import type { Permission } from "@/lib/auth/permissions";
import type { WorkspaceClaim } from "@/lib/articles/to-workspace-view";
import type { RatingView } from "@/lib/ratings/list-ratings.types";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/claim-status";
import { Button } from "@/components/ui/button";
import type { ActorView } from "@/lib/auth/actor";
import { StatusControl } from "./status-control";
import { CurationTools } from "./curation/curation-tools";
import { ScoreMeter } from "./score-meter";
import { ClaimAssignment } from "@/components/assignments/claim-assignment";
import { Tabs } from "@/components/ui/tabs";
import { useClaimDetail } from "./use-claim-detail";
import { VerdictsTab } from "./tabs/verdicts-tab";
import { EvidenceTab } from "./tabs/evidence-tab";
import { FlagsTab } from "./tabs/flags-tab";
import { DiscussionTab } from "./tabs/discussion-tab";
import { HistoryTab } from "./tabs/history-tab";
import { RatingPill } from "@/components/ui/rating-pill";

type Tab = "verdicts" | "evidence" | "flags" | "discussion" | "history";

export function ClaimPanel({
  claim,
  articleId,
  articleText,
  articleVersion,
  claims,
  ratings,
  actor,
  permissions,
  onChanged,
  onClose,
  onSelectFlag,
  reader,
}: {
  claim: WorkspaceClaim;
  articleId: string;
  /** The article's current text and version, for editing the span. */
  articleText: string;
  articleVersion: number;
  /** Every claim of the article, for merging with a neighbour. */
  claims: WorkspaceClaim[];
  ratings: RatingView[];
  actor: ActorView;
  permissions: Permission[];
  onChanged(): void;
  onClose(): void;
  onSelectFlag(id: string): void;
  /** The article reader beside the panel, for editing the span in it. */
  reader: RefObject<ReaderHandle | null>;
}) {
  const can = (p: Permission) => permissions.includes(p);
  const { detail, loadError, reload } = useClaimDetail(claim.id);
  const [tab, setTab] = useState<Tab>("verdicts");

  /** After a write: reload this panel and the highlights of the article. */
  const changed = useCallback(() => {
    reload();
    onChanged();
  }, [reload, onChanged]);

  const final = detail?.verdicts.find((v) => v.id === detail.finalVerdictId);
  const count = (label: string, n: number) => (
    <>
      {label}
      <span className="count">{n}</span>
    </>
  );

  return (
    <div data-testid="claim-panel">
      <div className="panel-section">
        <div className="panel-head">
          <span className={`badge badge-status-${claim.status}`} data-testid="claim-status">
            {CLAIM_STATUS_LABELS[claim.status]}
          </span>
          {claim.anchorState === "fuzzy" && (
            <span className="badge badge-check" title="Found again, not word for word, after the text changed: check the span" data-testid="anchor-badge">
              check the span
            </span>
          )}
          {claim.anchorState === "orphaned" && (
            <span className="badge badge-gone" title="Its words are no longer in the current version of the article" data-testid="anchor-badge">
              text gone
            </span>
          )}
          <span className="spacer" />
          <Button size="sm" variant="ghost" onClick={onClose} aria-label="Close claim">
            ✕
          </Button>
        </div>
        {claim.anchorState === "orphaned" && <div className="small muted quote-caption">Last known quote</div>}
        <blockquote className={`claim-quote${claim.anchorState === "orphaned" ? " is-gone" : ""}`}>{claim.text}</blockquote>
        {claim.score !== null && <ScoreMeter score={claim.score} reasons={claim.reasons} proposed={claim.origin === "analysis"} />}
        {final && (
          <div className="item final-verdict" data-testid="final-verdict">
            <div className="row-wrap">
              <span className="small muted">Final verdict</span>
              <RatingPill rating={final.rating} />
              <span className="small muted">
                by {final.reviewer.name}
                {final.approvedBy && `, approved by ${final.approvedBy.name}`}
              </span>
            </div>
          </div>
        )}
        {detail && <ClaimAssignment detail={detail} actor={actor} permissions={permissions} onChanged={changed} />}
        {detail && <StatusControl detail={detail} permissions={permissions} onChanged={changed} />}
        {detail && can("claim.update") && (
          <CurationTools detail={detail} claims={claims} articleText={articleText} articleVersion={articleVersion} reader={reader} onChanged={changed} />
        )}
        {detail?.dismissalReason && detail.status === "dismissed" && <p className="small muted">Dismissed: {detail.dismissalReason}</p>}
      </div>

      {loadError && (
        <div className="form-error panel-error" role="alert">
          {loadError}
        </div>
      )}
      {!detail && !loadError && <div className="empty">Loading…</div>}

      {detail && (
        <Tabs<Tab>
          id="claim"
          label="Claim"
          selected={tab}
          onSelect={setTab}
          items={[
            { key: "verdicts", label: count("Verdicts", detail.verdicts.length) },
            { key: "evidence", label: count("Evidence", detail.evidence.length) },
            { key: "flags", label: count("Flags", detail.flags.length) },
            { key: "discussion", label: count("Discussion", detail.comments.length) },
            { key: "history", label: "History" },
          ]}
        >
          {tab === "verdicts" && <VerdictsTab detail={detail} ratings={ratings} actor={actor} canApprove={can("verdict.approve")} canPropose={can("verdict.propose")} onChanged={changed} />}
          {tab === "evidence" && <EvidenceTab detail={detail} canAdd={can("evidence.add")} actorId={actor.id} canEditAny={can("evidence.edit_any")} onChanged={changed} />}
          {tab === "flags" && <FlagsTab detail={detail} articleId={articleId} canCreate={can("flag.create")} onSelectFlag={onSelectFlag} onChanged={changed} />}
          {tab === "discussion" && <DiscussionTab detail={detail} canComment={can("comment.add")} onChanged={changed} />}
          {tab === "history" && <HistoryTab detail={detail} />}
        </Tabs>
      )}
    </div>
  );
}

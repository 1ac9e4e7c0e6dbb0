"use client";

import { useCallback, useEffect, useState } from "react";
import type { Permission } from "@/lib/auth/permissions";
import type { WorkspaceClaim } from "@/lib/articles/to-workspace-view";
import type { ClaimDetailView } from "@/lib/claims/get-claim-detail.types";
import type { RatingView } from "@/lib/ratings/list-ratings.types";
import { api } from "@/lib/client/api";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/claim-status";
import { FLAG_KIND_LABELS } from "@/lib/flags/flag-kinds";
import { formatDate, formatDateTime } from "@/lib/format/format-date";
import { Button } from "@/components/ui/button";
import { FLAG_STYLE } from "@/components/flags/flag-style";
import type { ActorView } from "@/lib/auth/actor";
import { StatusControl } from "./status-control";
import { EvidenceForm } from "./evidence-form";
import { VerdictForm } from "./verdict-form";
import { VerdictList } from "./verdict-list";
import { BlindReviewNote } from "@/components/review/blind-review-note";
import { ClaimFlagForm } from "./claim-flag-form";
import { CommentForm } from "./comment-form";
import { CurationTools } from "./curation-tools";
import { ScoreMeter } from "./score-meter";
import { ClaimAssignment } from "@/components/assignments/claim-assignment";
import { CommentBody } from "@/components/comments/comment-body";

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
}) {
  const can = (p: Permission) => permissions.includes(p);
  const [detail, setDetail] = useState<ClaimDetailView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>("verdicts");

  // Bumped after every write, to fetch the claim again.
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let current = true;
    api.claims.get(claim.id).then(
      ({ claim: d }) => {
        if (!current) return;
        setDetail(d);
        setLoadError(null);
      },
      (e: Error) => current && setLoadError(e.message),
    );
    return () => {
      current = false;
    };
  }, [claim.id, reloads]);

  /** After a write: reload this panel and the highlights of the article. */
  const changed = useCallback(() => {
    setReloads((n) => n + 1);
    onChanged();
  }, [onChanged]);

  const final = detail?.verdicts.find((v) => v.id === detail.finalVerdictId);
  const open = detail && detail.status !== "published" && detail.status !== "dismissed";

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
          <div className="item" style={{ marginTop: 10 }} data-testid="final-verdict">
            <div className="row-wrap">
              <span className="small muted">Final verdict</span>
              <span className="rating-pill" style={{ background: final.rating.color }}>
                {final.rating.label}
              </span>
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
          <CurationTools detail={detail} claims={claims} articleText={articleText} articleVersion={articleVersion} onChanged={changed} />
        )}
        {detail?.dismissalReason && detail.status === "dismissed" && <p className="small muted">Dismissed: {detail.dismissalReason}</p>}
      </div>

      {loadError && (
        <div className="form-error" role="alert" style={{ margin: 12 }}>
          {loadError}
        </div>
      )}
      {!detail && !loadError && <div className="empty">Loading…</div>}

      {detail && (
        <>
          <div className="tabs" role="tablist">
            {(
              [
                ["verdicts", "Verdicts", detail.verdicts.length],
                ["evidence", "Evidence", detail.evidence.length],
                ["flags", "Flags", detail.flags.length],
                ["discussion", "Discussion", detail.comments.length],
                ["history", "History", null],
              ] as const
            ).map(([key, label, count]) => (
              <button key={key} role="tab" aria-selected={tab === key} onClick={() => setTab(key)}>
                {label}
                {count !== null && <span className="count">{count}</span>}
              </button>
            ))}
          </div>

          {tab === "verdicts" && (
            <div className="panel-section">
              <BlindReviewNote detail={detail} />
              <VerdictList detail={detail} canApprove={can("verdict.approve")} onChanged={changed} />
              {can("verdict.propose") && open && (
                <VerdictForm
                  claimId={detail.id}
                  ratings={ratings}
                  evidence={detail.evidence}
                  mine={detail.verdicts.find((v) => v.reviewer.id === actor.id) ?? null}
                  isFinal={(id) => id === detail.finalVerdictId}
                  onSaved={changed}
                />
              )}
            </div>
          )}

          {tab === "evidence" && (
            <div className="panel-section">
              {detail.evidence.length === 0 && <p className="muted small">No evidence yet.</p>}
              {detail.evidence.map((e) => (
                <div key={e.id} className="item" data-testid="evidence-item">
                  <div className="row-wrap">
                    <strong className={`small stance-${e.stance}`}>{e.stance}</strong>
                    <a className="item-title" href={e.url} target="_blank" rel="noreferrer noopener">
                      {e.title}
                    </a>
                  </div>
                  <div className="small muted">
                    {[e.publisher, e.publishedAt && formatDate(e.publishedAt)].filter(Boolean).join(" · ")} · accessed {formatDate(e.accessedAt)}
                    {e.addedBy && ` · added by ${e.addedBy.name}`}
                  </div>
                  {e.excerpt && <p className="excerpt">{e.excerpt}</p>}
                </div>
              ))}
              {can("evidence.add") && <EvidenceForm claimId={detail.id} onAdded={changed} />}
            </div>
          )}

          {tab === "flags" && (
            <div className="panel-section">
              {detail.flags.length === 0 && <p className="muted small">No flags on this claim.</p>}
              {detail.flags.map((f) => (
                <button key={f.id} className="item" style={{ display: "block", width: "100%", textAlign: "left", cursor: "pointer", font: "inherit" }} onClick={() => onSelectFlag(f.id)}>
                  <div className="row-wrap">
                    <span className="flag-pin" style={{ background: FLAG_STYLE[f.kind].color }} aria-hidden>
                      {FLAG_STYLE[f.kind].glyph}
                    </span>
                    <strong className="small">{FLAG_KIND_LABELS[f.kind]}</strong>
                    <span className="badge">{f.severity}</span>
                    <span className="badge">{f.status}</span>
                  </div>
                  <p className="small" style={{ margin: "6px 0 0" }}>
                    {f.explanation}
                  </p>
                </button>
              ))}
              {can("flag.create") && <ClaimFlagForm articleId={articleId} claimId={detail.id} onCreated={changed} />}
            </div>
          )}

          {tab === "discussion" && (
            <div className="panel-section">
              {detail.comments.length === 0 && <p className="muted small">No comments yet.</p>}
              {detail.comments.map((c) => (
                <div key={c.id} className="item">
                  <div className="small">
                    <strong>{c.author.name}</strong> <span className="muted">{formatDateTime(c.createdAt)}</span>
                  </div>
                  <CommentBody body={c.body} />
                </div>
              ))}
              {can("comment.add") && <CommentForm claimId={detail.id} onAdded={changed} />}
            </div>
          )}

          {tab === "history" && (
            <div className="panel-section">
              <ul className="history" data-testid="claim-history">
                {detail.history.map((h) => (
                  <li key={h.id}>
                    <span className="muted">{formatDateTime(h.createdAt)}</span> · {h.description}
                    {h.onMergedClaim && <span className="muted"> (on a claim since merged into this one)</span>}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </div>
  );
}

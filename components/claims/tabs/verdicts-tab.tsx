import type { ActorView } from "@/lib/auth/actor";
import type { ClaimDetailView } from "@/lib/claims/get-claim-detail.types";
import type { RatingView } from "@/lib/ratings/list-ratings.types";
import { BlindReviewNote } from "@/components/review/blind-review-note";
import { VerdictForm } from "../verdict-form";
import { VerdictList } from "../verdict-list";

/** Every verdict on the claim, approval for editors, and this reviewer's own verdict form. */
export function VerdictsTab({
  detail,
  ratings,
  actor,
  canApprove,
  canPropose,
  onChanged,
}: {
  detail: ClaimDetailView;
  ratings: RatingView[];
  actor: ActorView;
  canApprove: boolean;
  canPropose: boolean;
  onChanged(): void;
}) {
  const open = detail.status !== "published" && detail.status !== "dismissed";
  return (
    <div className="panel-section">
      <BlindReviewNote detail={detail} />
      <VerdictList detail={detail} canApprove={canApprove} onChanged={onChanged} />
      {canPropose && open && (
        <VerdictForm
          claimId={detail.id}
          ratings={ratings}
          evidence={detail.evidence}
          mine={detail.verdicts.find((v) => v.reviewer.id === actor.id) ?? null}
          isFinal={(id) => id === detail.finalVerdictId}
          onSaved={onChanged}
        />
      )}
    </div>
  );
}

import type { ClaimDetailView } from "@/lib/claims/get-claim-detail.types";

/** Said to a reviewer in a blind second review: the first verdict is hidden until theirs is in. */
export function BlindReviewNote({ detail }: { detail: Pick<ClaimDetailView, "blindReview"> }) {
  if (!detail.blindReview) return null;
  return (
    <p className="small muted" data-testid="blind-review-note" role="note">
      Blind second review: the first verdict is hidden until you propose yours.
    </p>
  );
}

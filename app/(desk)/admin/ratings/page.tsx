import { requirePageActor } from "@/lib/auth/require-page-actor";
import { listRatingScale } from "@/lib/ratings/list-rating-scale";
import { RatingScaleAdmin } from "@/components/admin/rating-scale-admin";

export const metadata = { title: "Rating scale · Admin" };
export const dynamic = "force-dynamic";

export default async function AdminRatingsPage() {
  const actor = await requirePageActor("rating.manage", "/admin/ratings");
  return <RatingScaleAdmin ratings={await listRatingScale(actor)} />;
}

import { apiRoute } from "@/lib/http/api-route";
import { RatingScaleResponse } from "@/lib/ratings/rating-admin.types";
import { reorderRatings, ReorderRatingsInput } from "@/lib/ratings/reorder-ratings";

export const POST = apiRoute({ permission: "rating.manage", body: ReorderRatingsInput, response: RatingScaleResponse }, async ({ actor, body }) => ({
  ratings: await reorderRatings(actor, body),
}));

import { apiRoute } from "@/lib/http/api-route";
import { createRating, CreateRatingInput } from "@/lib/ratings/create-rating";
import { listRatingScale } from "@/lib/ratings/list-rating-scale";
import { RatingAdminResponse, RatingScaleResponse } from "@/lib/ratings/rating-admin.types";

export const GET = apiRoute({ permission: "rating.manage", response: RatingScaleResponse }, async ({ actor }) => ({ ratings: await listRatingScale(actor) }));

export const POST = apiRoute({ permission: "rating.manage", body: CreateRatingInput, response: RatingAdminResponse, status: 201 }, async ({ actor, body }) => ({
  rating: await createRating(actor, body),
}));

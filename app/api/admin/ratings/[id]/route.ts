import { apiRoute } from "@/lib/http/api-route";
import { IdParams } from "@/lib/http/params";
import { deleteRating } from "@/lib/ratings/delete-rating";
import { RatingAdminResponse } from "@/lib/ratings/rating-admin.types";
import { updateRating, UpdateRatingInput } from "@/lib/ratings/update-rating";

export const PATCH = apiRoute({ permission: "rating.manage", params: IdParams, body: UpdateRatingInput, response: RatingAdminResponse }, async ({ actor, params, body }) => ({
  rating: await updateRating(actor, params.id, body),
}));

export const DELETE = apiRoute({ permission: "rating.manage", params: IdParams }, async ({ actor, params }) => deleteRating(actor, params.id));

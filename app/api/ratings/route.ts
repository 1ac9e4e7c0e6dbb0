import { apiRoute } from "@/lib/http/api-route";
import { ListRatingsResponse } from "@/lib/ratings/list-ratings.types";
import { listRatings } from "@/lib/ratings/list-ratings";

export const GET = apiRoute({ permission: "article.read", response: ListRatingsResponse }, async () => ({ ratings: await listRatings() }));

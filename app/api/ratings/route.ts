import { apiRoute } from "@/lib/http/api-route";
import { listRatings } from "@/lib/ratings/list-ratings";

export const GET = apiRoute({ permission: "article.read" }, async () => ({ ratings: await listRatings() }));

import "server-only";
import { getDb } from "../db/client";
import type { RatingView } from "./list-ratings.types";
export { RatingView, ListRatingsResponse } from "./list-ratings.types";

/** The active rating scale in display order (best first). */
export async function listRatings(): Promise<RatingView[]> {
  return getDb().rating.findMany({
    where: { active: true },
    orderBy: { position: "asc" },
    select: { id: true, slug: true, label: true, value: true, color: true, isDismissal: true, description: true },
  });
}

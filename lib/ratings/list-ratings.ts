import { getDb } from "../db/client";

export interface RatingView {
  id: string;
  slug: string;
  label: string;
  value: number | null;
  color: string;
  isDismissal: boolean;
  description: string;
}

/** The active rating scale in display order (best first). */
export async function listRatings(): Promise<RatingView[]> {
  return getDb().rating.findMany({
    where: { active: true },
    orderBy: { position: "asc" },
    select: { id: true, slug: true, label: true, value: true, color: true, isDismissal: true, description: true },
  });
}

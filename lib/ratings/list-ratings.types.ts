// The contract of GET /api/ratings: the rating scale (client-safe: no database).
import { z } from "zod";

export const RatingView = z.object({
  id: z.string(),
  slug: z.string(),
  label: z.string(),
  value: z.number().nullable(),
  color: z.string(),
  isDismissal: z.boolean(),
  description: z.string(),
});
export type RatingView = z.output<typeof RatingView>;

export const ListRatingsResponse = z.object({ ratings: z.array(RatingView) });

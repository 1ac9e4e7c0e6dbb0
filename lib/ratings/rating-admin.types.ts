// The contract of the admin's rating-scale screen (client-safe: no database).
import { z } from "zod";
import { Id } from "../validation/common";

export const RatingAdminView = z.object({
  id: z.string(),
  slug: z.string(),
  label: z.string(),
  description: z.string(),
  value: z.number().nullable(),
  position: z.number(),
  color: z.string(),
  isDismissal: z.boolean(),
  active: z.boolean(),
  /** Verdicts that use it: a rating in use can be retired, never deleted. */
  verdictCount: z.number(),
});
export type RatingAdminView = z.output<typeof RatingAdminView>;

export const RatingScaleResponse = z.object({ ratings: z.array(RatingAdminView) });
export const RatingAdminResponse = z.object({ rating: RatingAdminView });

const Label = z.string({ error: "is required" }).trim().min(1, "is required").max(60, "must be at most 60 characters");
const Description = z.string().trim().max(300, "must be at most 300 characters");
const Color = z.string({ error: "is required" }).trim().regex(/^#[0-9a-fA-F]{6}$/, "must be a colour like #1a7f37").transform((c) => c.toLowerCase());
/** The ClaimReview ratingValue; none for ratings outside the numeric scale (unverifiable, not a claim). */
const ClaimReviewValue = z.number({ error: "must be a whole number or null" }).int("must be a whole number").min(0, "must be at least 0").max(100, "must be at most 100").nullable();

export const CreateRatingInput = z.object({
  label: Label,
  description: Description.default(""),
  color: Color,
  value: ClaimReviewValue,
  isDismissal: z.boolean().default(false),
});
export type CreateRatingInput = z.input<typeof CreateRatingInput>;

export const UpdateRatingInput = z
  .object({
    label: Label.optional(),
    description: Description.optional(),
    color: Color.optional(),
    value: ClaimReviewValue.optional(),
    isDismissal: z.boolean().optional(),
    /** false retires the rating: hidden from new verdicts, kept on old ones. */
    active: z.boolean().optional(),
  })
  .refine((input) => Object.values(input).some((v) => v !== undefined), { path: ["label"], message: "change at least one field" });
export type UpdateRatingInput = z.input<typeof UpdateRatingInput>;

export const ReorderRatingsInput = z.object({
  order: z.array(Id, { error: "must be the list of rating ids" }).min(1, "must name every rating").max(100, "is too long"),
});
export type ReorderRatingsInput = z.input<typeof ReorderRatingsInput>;

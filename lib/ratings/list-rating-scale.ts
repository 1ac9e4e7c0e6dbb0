import "server-only";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { getDb, type Db, type Tx } from "../db/client";
import type { RatingAdminView } from "./rating-admin.types";

const FIELDS = { id: true, slug: true, label: true, description: true, value: true, position: true, color: true, isDismissal: true, active: true, _count: { select: { verdicts: true } } } as const;

type Row = Omit<RatingAdminView, "verdictCount"> & { _count: { verdicts: number } };
const toView = ({ _count, ...rating }: Row): RatingAdminView => ({ ...rating, verdictCount: _count.verdicts });

/** The whole scale, retired ratings too, in order, with how many verdicts use each: the admin's view. */
export async function listRatingScale(actor: Actor, db: Db | Tx = getDb()): Promise<RatingAdminView[]> {
  assertCan(actor, "rating.manage");
  return (await db.rating.findMany({ select: FIELDS, orderBy: [{ position: "asc" }, { id: "asc" }] })).map(toView);
}

export async function getRatingAdminView(db: Db | Tx, ratingId: string): Promise<RatingAdminView> {
  return toView(await db.rating.findUniqueOrThrow({ where: { id: ratingId }, select: FIELDS }));
}

/** What an audit row keeps of a rating. */
export function ratingSnapshot(rating: Omit<RatingAdminView, "id" | "verdictCount">) {
  const { slug, label, description, value, position, color, isDismissal, active } = rating;
  return { slug, label, description, value, position, color, isDismissal, active };
}

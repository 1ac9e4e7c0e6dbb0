import "server-only";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import { getRatingAdminView, ratingSnapshot } from "./list-rating-scale";
import { CreateRatingInput, type RatingAdminView } from "./rating-admin.types";
export { CreateRatingInput };

function slugify(label: string): string {
  return (
    label
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 50) || "rating"
  );
}

/** An admin adds a rating at the end of the scale; its slug comes from the label (made unique). */
export async function createRating(actor: Actor, input: CreateRatingInput): Promise<RatingAdminView> {
  assertCan(actor, "rating.manage");
  const data = CreateRatingInput.parse(input);
  return getDb().$transaction(async (tx) => {
    // One scale change at a time: positions and slugs are read and written under this lock.
    await tx.$executeRaw`LOCK TABLE "Rating" IN SHARE ROW EXCLUSIVE MODE`;
    const base = slugify(data.label);
    const taken = new Set((await tx.rating.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((r) => r.slug));
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    const last = await tx.rating.aggregate({ _max: { position: true } });
    const rating = await tx.rating.create({ data: { ...data, slug, position: (last._max.position ?? -1) + 1 } });
    await recordAudit(tx, actor.id, { action: "rating.create", entityId: rating.id, after: ratingSnapshot(rating) });
    return getRatingAdminView(tx, rating.id);
  });
}
